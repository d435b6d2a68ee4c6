package org.cellcompare.rates;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Reads a number of units of a currency for one euro, with one rule for the ECB's files and for
 * extra-rates.csv. A rate must be a plain number (digits, one decimal point, optionally an
 * exponent) within the range real currencies span, because a typo such as {@code 1e308} or
 * {@code 0.0000001} would turn every price in that currency into nonsense, and a number past the
 * range of {@code cc_rate.units_per_eur} would stop the month with a database error.
 */
final class UnitsPerEur {

    /**
     * The dearest currency in use, the Kuwaiti dinar, is about 0.35 per euro, and the ECB's dearest
     * (the pound sterling, the Cyprus pound) under 1; a thousand times dearer than the dinar is no
     * currency.
     */
    static final BigDecimal MIN = new BigDecimal("0.0001");
    /**
     * The cheapest currencies in use (the Vietnamese dong, the Lebanese pound, the Iranian rial at
     * market rates) are between about 30,000 and somewhat over a million per euro, and the ECB's
     * cheapest ever, the old Turkish lira, under 2 million; a thousand times cheaper than the rial
     * is no currency, and the limit keeps every rate well inside {@code DECIMAL(30, 10)}.
     */
    static final BigDecimal MAX = new BigDecimal("1000000000");
    /** The decimals {@code cc_rate.units_per_eur} keeps; at {@link #MIN} that is still six significant digits. */
    static final int SCALE = 10;
    /** No rate is written with more characters than this; longer text is not parsed, so it costs nothing. */
    private static final int MAX_TEXT_LENGTH = 40;

    /** The rate, or why the text is not one. */
    record Reading(BigDecimal units, String problem) {

        boolean usable() {
            return units != null;
        }
    }

    private UnitsPerEur() {
    }

    static Reading read(String text) {
        String written = text == null ? "" : text.strip();
        if (written.isEmpty()) {
            return new Reading(null, "There is no rate.");
        }
        BigDecimal units = written.length() > MAX_TEXT_LENGTH ? null : decimal(written);
        if (units == null) {
            return new Reading(null, "This rate is not a number.");
        }
        return check(units);
    }

    /** A number already read, such as a numeric spreadsheet cell. */
    static Reading check(BigDecimal units) {
        if (units.signum() <= 0) {
            return new Reading(null, "A rate must be more than zero.");
        }
        if (units.compareTo(MIN) < 0 || units.compareTo(MAX) > 0) {
            return new Reading(null, "This rate is not a number we can use: every currency in use is between "
                    + MIN.toPlainString() + " and " + String.format("%,d", MAX.longValueExact()) + " units per euro.");
        }
        return new Reading(units.scale() > SCALE ? units.setScale(SCALE, RoundingMode.HALF_UP) : units, null);
    }

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}
