package org.cellcompare.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cellcompare.text.Memo;

/**
 * Finds the marketing promises no honest provider makes about an unproven treatment: cure,
 * guarantee, 100%, no risk or no side effects, miracle, reversal. Whole words only, so "secure"
 * and "procurement" are not claims of cure. English and Spanish.
 */
public final class ClaimScanner {

    private static final Pattern CLAIMS = Pattern.compile(String.join("|",
            "\\bcur(?:e|es|ed|ing|ative)\\b",
            "\\bguarantee(?:s|d)?\\b",
            "(?<![\\d.,])100\\s?%",
            "\\bno (?:side[- ]?effects?|risks?|complications?)\\b",
            "\\bwithout (?:any )?(?:side[- ]?effects?|risks?)\\b",
            "\\brisk[- ]?free\\b",
            "\\bzero risks?\\b",
            "\\bmiracle\\w*\\b",
            "\\brevers(?:e|es|ed|ing|al)\\b",
            "\\bcura(?:r|n|mos|do|da|ci[oó]n)?\\b",
            "\\bgarant(?:ía|ia|iza|izado|izada|izamos|izados)\\b",
            "\\bmilagr\\w*\\b",
            "\\bsin (?:efectos (?:secundarios|adversos)|riesgos?|complicaciones)\\b",
            "\\brevert(?:ir|imos|ida|ido)?\\b|\\brevierte\\w*\\b"),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    private ClaimScanner() {
    }

    /** Every claim contains one of these, in lower case; text with none is not searched. */
    private static final List<String> STEMS = List.of("cur", "guarant", "garant", "100", "no ", "without", "risk", "zero",
            "miracle", "milagr", "revers", "revert", "reviert", "sin ");
    private static final Memo<List<String>> CLAIMS_IN = new Memo<>(ClaimScanner::read);

    /** The claims found, as written, in order. */
    public static List<String> find(String text) {
        return CLAIMS_IN.apply(text);
    }

    private static List<String> read(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (STEMS.stream().noneMatch(lower::contains)) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        Matcher m = CLAIMS.matcher(text);
        while (m.find()) {
            String claim = m.group().toLowerCase(Locale.ROOT);
            if (!found.contains(claim)) {
                found.add(claim);
            }
        }
        return List.copyOf(found);
    }
}
