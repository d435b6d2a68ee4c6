package org.cellcompare.registry;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds trial registration numbers in free text, in any case and spacing ("nct 0256 9775",
 * "CTRI / 2019 / 05 / 019087"), and writes each in its registry's canonical form. A number is
 * only accepted when it has its registry's exact shape.
 */
public final class RegistryIds {

    private static final String SEP = "[\\s\\-_:#/.]*";
    private static final Pattern NON_DIGITS = Pattern.compile("\\D");

    private record Format(Registry registry, Pattern lenient, Function<Matcher, String> canonical, Pattern strict) {
    }

    private static final List<Format> FORMATS = List.of(
            format(Registry.CLINICALTRIALS_GOV, "\\bNCT" + SEP + "(\\d(?:[\\s\\-]?\\d){7})(?!\\d)",
                    m -> "NCT" + digits(m.group(1)), "NCT\\d{8}"),
            format(Registry.CHICTR, "\\bChiCTR" + SEP + "(\\d{10})(?!\\d)", m -> "ChiCTR" + m.group(1), "ChiCTR\\d{10}"),
            format(Registry.CHICTR, "\\bChiCTR" + SEP + "([A-Z]{2,5})" + SEP + "(\\d{8})(?!\\d)",
                    m -> "ChiCTR-" + m.group(1).toUpperCase(Locale.ROOT) + "-" + m.group(2), "ChiCTR-[A-Z]{2,5}-\\d{8}"),
            format(Registry.CTRI, "\\bCTRI" + SEP + "(\\d{4})" + SEP + "(\\d{2,3})" + SEP + "(\\d{6})(?!\\d)",
                    m -> "CTRI/" + m.group(1) + "/" + m.group(2) + "/" + m.group(3), "CTRI/\\d{4}/\\d{2,3}/\\d{6}"),
            format(Registry.ISRCTN, "\\bISRCTN" + SEP + "(\\d{8})(?!\\d)", m -> "ISRCTN" + m.group(1), "ISRCTN\\d{8}"),
            format(Registry.EU_CT, "(?<![\\d-])((?:19|20)\\d{2})-(\\d{6})-(\\d{2})-(\\d{2})(?![\\d-])",
                    m -> m.group(1) + "-" + m.group(2) + "-" + m.group(3) + "-" + m.group(4), "\\d{4}-\\d{6}-\\d{2}-\\d{2}"),
            format(Registry.EUDRACT, "(?<![\\d-])((?:19|20)\\d{2})-(\\d{6})-(\\d{2})(?![\\d-])",
                    m -> m.group(1) + "-" + m.group(2) + "-" + m.group(3), "\\d{4}-\\d{6}-\\d{2}"),
            format(Registry.ANZCTR, "\\bACTRN" + SEP + "(\\d{14})(?!\\d)", m -> "ACTRN" + m.group(1), "ACTRN\\d{14}"),
            format(Registry.JRCT, "\\bjRCT" + SEP + "([a-z]?)(\\d{9,10})(?!\\d)",
                    m -> "jRCT" + m.group(1).toLowerCase(Locale.ROOT) + m.group(2), "jRCT[a-z]?\\d{9,10}"),
            format(Registry.UMIN, "\\bUMIN" + SEP + "(?:CTR" + SEP + ")?(\\d{9})(?!\\d)", m -> "UMIN" + m.group(1), "UMIN\\d{9}"),
            format(Registry.CRIS, "\\bKCT" + SEP + "(\\d{7})(?!\\d)", m -> "KCT" + m.group(1), "KCT\\d{7}"),
            format(Registry.IRCT, "\\bIRCT" + SEP + "(\\d{8,16})N(\\d{1,3})(?!\\d)",
                    m -> "IRCT" + m.group(1) + "N" + m.group(2), "IRCT\\d{8,16}N\\d{1,3}"),
            format(Registry.DRKS, "\\bDRKS" + SEP + "(\\d{8})(?!\\d)", m -> "DRKS" + m.group(1), "DRKS\\d{8}"),
            format(Registry.PACTR, "\\bPACTR" + SEP + "(\\d{15})(?!\\d)", m -> "PACTR" + m.group(1), "PACTR\\d{15}"),
            format(Registry.TCTR, "\\bTCTR" + SEP + "(\\d{11})(?!\\d)", m -> "TCTR" + m.group(1), "TCTR\\d{11}"),
            format(Registry.SLCTR, "\\bSLCTR" + SEP + "(\\d{4})" + SEP + "(\\d{3})(?!\\d)",
                    m -> "SLCTR/" + m.group(1) + "/" + m.group(2), "SLCTR/\\d{4}/\\d{3}"),
            format(Registry.REBEC, "\\bRBR" + SEP + "([0-9a-z]{6,10})\\b", m -> "RBR-" + m.group(1).toLowerCase(Locale.ROOT),
                    "RBR-[0-9a-z]{6,10}"),
            format(Registry.LBCTR, "\\bLBCTR" + SEP + "(\\d{10})(?!\\d)", m -> "LBCTR" + m.group(1), "LBCTR\\d{10}"),
            format(Registry.ITMCTR, "\\bITMCTR" + SEP + "(\\d{10,12})(?!\\d)", m -> "ITMCTR" + m.group(1), "ITMCTR\\d{10,12}"),
            format(Registry.NL_OMON, "\\bNL" + SEP + "OMON" + SEP + "(\\d{1,6})(?!\\d)", m -> "NL-OMON" + m.group(1), "NL-OMON\\d{1,6}"),
            format(Registry.RPCEC, "\\bRPCEC" + SEP + "(\\d{8,11})(?!\\d)", m -> "RPCEC" + m.group(1), "RPCEC\\d{8,11}"),
            format(Registry.REPEC, "\\bPER" + SEP + "(\\d{3})" + SEP + "(\\d{2})(?!\\d)",
                    m -> "PER-" + m.group(1) + "-" + m.group(2), "PER-\\d{3}-\\d{2}"));

    private RegistryIds() {
    }

    private static Format format(Registry registry, String lenient, Function<Matcher, String> canonical, String strict) {
        return new Format(registry, Pattern.compile(lenient, Pattern.CASE_INSENSITIVE), canonical, Pattern.compile(strict));
    }

    private static String digits(String s) {
        return NON_DIGITS.matcher(s).replaceAll("");
    }

    /** Every valid registration number in the text, canonical and without repeats, in order of appearance. */
    public static List<RegistryId> find(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        for (Format format : FORMATS) {
            Matcher m = format.lenient().matcher(text);
            while (m.find()) {
                if (overlaps(taken, m.start(), m.end())) {
                    continue;
                }
                String id = format.canonical().apply(m);
                if (format.strict().matcher(id).matches()) {
                    found.add(new Found(m.start(), new RegistryId(format.registry(), id)));
                    for (int i = m.start(); i < m.end(); i++) {
                        taken[i] = true;
                    }
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a.position(), b.position()));
        Set<RegistryId> unique = new LinkedHashSet<>();
        found.forEach(f -> unique.add(f.id()));
        return List.copyOf(unique);
    }

    private static boolean overlaps(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private record Found(int position, RegistryId id) {
    }
}
