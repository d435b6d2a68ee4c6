package org.cellcompare.report;

import java.math.BigDecimal;

/** A commercial clinic whose course cost is far above the rest, named on the Summary beside the medians it is kept out of. */
record PriceOutlier(String provider, String countryCode, String countryText, BigDecimal cost) {

    /** How many the Summary names; the rest are counted. */
    static final int NAMED = 10;
}
