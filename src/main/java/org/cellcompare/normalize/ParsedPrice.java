package org.cellcompare.normalize;

import java.math.BigDecimal;

/**
 * A price as understood: low and high amounts (equal for one amount, high unknown for "from",
 * low unknown for "up to"), the ISO currency, whether that currency was a guess, any basis the
 * text names ("per injection"), and the text exactly as written. An unreadable price says why,
 * and what the analyst can do about it.
 */
public record ParsedPrice(PriceKind kind, BigDecimal low, BigDecimal high, String currency, boolean currencyAssumed,
                          PriceBasis basisInText, String text, String currencyNote, String unreadableReason,
                          String unreadableFix) {

    /** What to do about most prices that cannot be read. */
    static final String WRITE_IN_DIGITS = "Write the amount in digits with its currency, e.g. USD 15,000, 15.000 € or ฿450,000.";

    public static ParsedPrice none(PriceKind kind, String text) {
        return new ParsedPrice(kind, null, null, null, false, null, text, null, null, null);
    }

    /** Text that is not a price CellCompare can read, and why, in words an analyst can act on. */
    public static ParsedPrice unreadable(String text, PriceBasis basisInText, String reason) {
        return unreadable(text, basisInText, reason, WRITE_IN_DIGITS);
    }

    /** The same, with what to do when writing the amount in digits is not the answer. */
    public static ParsedPrice unreadable(String text, PriceBasis basisInText, String reason, String fix) {
        return new ParsedPrice(PriceKind.UNREADABLE, null, null, null, false, basisInText, text, null, reason, fix);
    }

    /** The one amount used to rank: a range's midpoint, the low end of "from", the high end of "up to". */
    public BigDecimal rankingAmount() {
        return switch (kind) {
            case EXACT, FREE, FROM -> low;
            case UP_TO -> high;
            case RANGE -> low.add(high).divide(BigDecimal.valueOf(2));
            default -> null;
        };
    }
}
