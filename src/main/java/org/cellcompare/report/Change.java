package org.cellcompare.report;

/** One difference between this month's offerings and those of the latest earlier month. */
record Change(Kind kind, String provider, String countryCode, String countryText, String program, String before,
              String now) {

    /** What changed, in the order the Changes sheet lists them. */
    enum Kind {
        CONCERN, SECTION, STATUS, PRICE, NEW, GONE
    }
}
