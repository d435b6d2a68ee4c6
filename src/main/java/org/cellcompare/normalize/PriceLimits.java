package org.cellcompare.normalize;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The two bounds past which a price is refused instead of read: how long its text may be and how
 * large an amount may be. Both lie far beyond any real price, so a refusal points at a mistake (a
 * note or a pasted page in the price cell, digits typed twice, the wrong currency), and within
 * them reading stays cheap and every amount fits where it is staged and shown.
 */
final class PriceLimits {

    /**
     * Characters in a price's text. The longest of the 1,191 real price strings of the
     * price-parser corpus ({@code src/test/resources/peer/price-parser}) is 94 characters: seven
     * quantity tiers of one product in one cell. The sample's longest is 14. A thousand leaves
     * room for a price inside a sentence or two; a longer cell holds a note or a page, not a
     * price. The bound also keeps the numbers built from a price small: Java turns a run of n
     * digits into a number in time that grows with n squared.
     */
    static final int MAX_TEXT_LENGTH = 1_000;

    /**
     * Every amount is below 10^16 (ten thousand million million): as advertised, as a course
     * (times injections or days), and in the reporting currency. Advertised courses cost thousands
     * to a few hundred thousand US dollars; even in the currencies with the smallest units (the
     * dong, the rupiah, the rial, tens of thousands to about a million to the dollar) 10^16 is
     * billions of dollars. Below it an amount with its cents fits the staged DECIMAL(30, 2) and
     * DECIMAL(30, 4) columns and the ranking key's 30 digits many times over, and ranking keeps
     * it as whole cents in a long. It is not lower because the Changes sheet is held to compare
     * courses of a few times 10^15 (MonthChangesTests); in the workbook, at most the last of such
     * an amount's 16 digits shows rounded, as Excel keeps 15.
     */
    static final BigDecimal AMOUNT_CEILING = BigDecimal.TEN.pow(16);

    /** How the ceiling is written in reasons. */
    static final String CEILING_TEXT = "10,000,000,000,000,000";

    /** Amounts longer than this are described by their number of digits, not written out. */
    private static final int WRITTEN_OUT_DIGITS = 40;

    private PriceLimits() {
    }

    /** Whether an amount (null for none) is below the ceiling. */
    static boolean fits(BigDecimal amount) {
        return amount == null || amount.abs().compareTo(AMOUNT_CEILING) < 0;
    }

    static String tooLong(int length) {
        return String.format(Locale.ENGLISH, "it is %,d characters long, and a price is read only up to %,d characters,"
                + " far more than any real price needs", length, MAX_TEXT_LENGTH);
    }

    static final String TOO_LONG_FIX = "Keep only the price in this cell, e.g. USD 15,000 or from 8.500 €,"
            + " and put any notes in another column.";

    /** The amount as it was read, and why no price is that large. */
    static String tooLarge(BigDecimal amount) {
        return "its amount, " + written(amount) + ", is more than any course costs in any currency"
                + " (amounts are read below " + CEILING_TEXT + ")";
    }

    static final String TOO_LARGE_FIX = "Check the digits and write the price once, in digits with its currency,"
            + " e.g. USD 15,000.";

    /** What a course comes to, or what it comes to in the reporting currency, past the ceiling. */
    static String courseTooLarge(String how, BigDecimal amount, String currency) {
        return how + " it comes to " + written(amount) + " " + currency + ", more than any course costs"
                + " (amounts are read below " + CEILING_TEXT + ")";
    }

    static final String COURSE_TOO_LARGE_FIX = "Check the amount, its currency, its basis and the number of"
            + " injections or days: one course must come to less than " + CEILING_TEXT + ".";

    /** "12,345,678,901,234,567.5", or "a number of 309 digits" when writing it out would not help. */
    static String written(BigDecimal amount) {
        BigDecimal abs = amount.abs();
        // counted, not written out first: a number of a million digits would take a while
        int digits = Math.max(1, abs.precision() - abs.scale());
        if (digits > WRITTEN_OUT_DIGITS) {
            return String.format(Locale.ENGLISH, "a number of %,d digits", digits);
        }
        BigDecimal whole = abs.setScale(0, RoundingMode.DOWN);
        String grouped = String.format(Locale.ENGLISH, "%,d", whole.toBigIntegerExact());
        BigDecimal fraction = abs.subtract(whole);
        return fraction.signum() == 0 ? grouped : grouped + fraction.stripTrailingZeros().toPlainString().substring(1);
    }
}
