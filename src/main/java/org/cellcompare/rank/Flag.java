package org.cellcompare.rank;

/**
 * A warning sign or a gap in what an offering tells a family. Codes are fixed (analysts filter
 * on them); points live in {@code application.yml}; the plain-language text lives in the message
 * bundles under {@code flag.CODE.text}.
 */
public enum Flag {
    NO_REGISTRATION(Severity.MAJOR, false),
    PAYS_TO_PARTICIPATE(Severity.MAJOR, true),
    REGISTRATION_MALFORMED(Severity.MODERATE, true),
    REGISTRATION_NOT_FOUND(Severity.MAJOR, true),
    REGISTRATION_NOT_CP(Severity.MAJOR, true),
    TRIAL_CLOSED(Severity.MODERATE, false),
    CURE_CLAIM(Severity.MAJOR, true),
    EMBRYONIC_OR_FETAL_CELLS(Severity.MAJOR, true),
    CELLS_UNSPECIFIED(Severity.MODERATE, false),
    BRAIN_OR_ARTERY_ROUTE(Severity.MAJOR, true),
    INTRATHECAL_ROUTE(Severity.MINOR, true),
    ALLOGENEIC_CELLS(Severity.MINOR, true),
    MANY_INJECTIONS(Severity.MODERATE, true),
    COUNTRY_NOT_STATED(Severity.MODERATE, false),
    NO_PRICE(Severity.MINOR, false),
    PRICE_UNREADABLE(Severity.MINOR, false),
    COURSE_COST_UNKNOWN(Severity.MINOR, false),
    PRICE_OUTLIER(Severity.MODERATE, false),
    STALE_INFORMATION(Severity.MINOR, false),
    CURRENCY_ASSUMED(Severity.INFO, false),
    NO_EXCHANGE_RATE(Severity.INFO, false);

    private final Severity severity;
    private final boolean keptFromDuplicates;

    Flag(Severity severity, boolean keptFromDuplicates) {
        this.severity = severity;
        this.keptFromDuplicates = keptFromDuplicates;
    }

    public Severity severity() {
        return severity;
    }

    /**
     * Whether a duplicate listing's flag carries over to the surviving offering. Warning signs about
     * the treatment do (a cure claim in any listing is a cure claim); gaps in one listing's data,
     * which the survivor may fill, do not.
     */
    public boolean keptFromDuplicates() {
        return keptFromDuplicates;
    }

    /** How serious a flag is, for sorting and colour. */
    public enum Severity {
        MAJOR, MODERATE, MINOR, INFO
    }
}
