package org.cellcompare.registry;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cellcompare.text.Folding;

/**
 * One study from a registry export: what a family needs to know about the registered trial an
 * offering cites.
 */
public record TrialRecord(String id, String title, String url, String status, String conditions, String phases,
                          Integer enrollment, String sponsor, String exportFile) {

    /** Longer than any status ClinicalTrials.gov has ("ENROLLING_BY_INVITATION"), with room for older wordings. */
    public static final int MAX_STATUS_LENGTH = 100;
    /** Longer than every phase list ClinicalTrials.gov writes ("EARLY_PHASE1|PHASE1|PHASE2|PHASE3|PHASE4"). */
    public static final int MAX_PHASES_LENGTH = 100;
    /** Longer than any study page's address; browsers and spreadsheets refuse much longer links. */
    public static final int MAX_URL_LENGTH = 2_000;

    private static final Set<String> OPEN = Set.of("recruiting", "notyetrecruiting", "enrollingbyinvitation");
    private static final Pattern PHASE = Pattern.compile("PHASE([1-4]|IV|III|II|I)");
    private static final Set<String> CLOSED = Set.of("completed", "terminated", "withdrawn", "suspended");

    /** Whether the conditions mention cerebral palsy, in any case or spelling (MeSH writes "Palsy, Cerebral"). */
    public boolean isAboutCerebralPalsy() {
        String key = Folding.key(conditions);
        return key.contains("cerebralpals") || key.contains("palsycerebral") || key.contains("paralisiscerebral")
                || key.contains("cerebralparalysis") || key.contains("paralysiecerebrale");
    }

    public boolean isOpenForRecruitment() {
        return OPEN.contains(Folding.key(status));
    }

    /** Completed, terminated, withdrawn or suspended: a trial that should not be enrolling anyone. */
    public boolean isClosed() {
        return CLOSED.contains(Folding.key(status));
    }

    /** "RECRUITING" and "Active, not recruiting" both read as sentences: "Recruiting", "Active, not recruiting". */
    public String statusLabel() {
        if (status == null || status.isBlank()) {
            return "";
        }
        String words = status.replace('_', ' ').strip().toLowerCase(Locale.ROOT);
        if (words.equals("active not recruiting")) {
            words = "active, not recruiting";
        }
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The latest phase, for ranking later phases first: 4, 3, 2, 1, early phase 1 as 0.5, none as 0. */
    public double phaseRank() {
        String p = phases == null ? "" : phases.toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        double best = p.contains("EARLY") ? 0.5 : 0;
        Matcher m = PHASE.matcher(p.replace("EARLY_PHASE1", ""));
        while (m.find()) {
            best = Math.max(best, switch (m.group(1)) {
                case "IV" -> 4;
                case "III" -> 3;
                case "II" -> 2;
                case "I" -> 1;
                default -> Integer.parseInt(m.group(1));
            });
        }
        return best;
    }

    /** "PHASE1|PHASE2" reads "Phase 1/2"; "NA" reads "Not applicable". */
    public String phaseLabel() {
        if (phases == null || phases.isBlank()) {
            return "";
        }
        String p = phases.toUpperCase(Locale.ROOT);
        if (p.equals("NA") || p.equals("N/A")) {
            return "Not applicable";
        }
        String digits = p.replace("EARLY_PHASE1", "Early 1").replaceAll("PHASE\\s*", "").replace("|", "/").replace(",", "/");
        return "Phase " + digits.replaceAll("\\s*/\\s*", "/");
    }
}
