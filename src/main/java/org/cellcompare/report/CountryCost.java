package org.cellcompare.report;

import java.math.BigDecimal;

/**
 * Course cost of the commercial clinics of one country, in the reporting currency. {@code priced}
 * counts every clinic with a course cost; those flagged as price outliers are counted apart and
 * left out of the minimum, median and maximum, so one offer far above the rest cannot set the
 * figure a family reads. With no offer left, the three are null.
 */
record CountryCost(String countryCode, String countryText, long priced, long outliers, BigDecimal minimum,
                   BigDecimal median, BigDecimal maximum) {

    /** The offers behind the median. */
    long inMedian() {
        return priced - outliers;
    }

    /** Too few offers behind the median to say what a course there usually costs. */
    boolean fewerThan(int offers) {
        return inMedian() < offers;
    }
}
