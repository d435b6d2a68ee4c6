package org.cellcompare.normalize;

import java.math.BigDecimal;

/**
 * What one course costs, in the advertised currency and in the reporting currency. The amount is
 * the one used to rank (a range's midpoint, the low end of "from", the high end of "up to"); low
 * or high may be unknown. All null when no course cost can be worked out.
 */
public record CourseCost(BigDecimal low, BigDecimal high, BigDecimal amount, String currency,
                         BigDecimal reportingLow, BigDecimal reportingHigh, BigDecimal reportingAmount) {

    public static final CourseCost UNKNOWN = new CourseCost(null, null, null, null, null, null, null);

    public boolean isKnown() {
        return amount != null;
    }

    /** Known, but in a currency without an exchange rate, so only the original amount can be shown. */
    public boolean isUnconverted() {
        return amount != null && reportingAmount == null;
    }
}
