package org.cellcompare.normalize;

import java.math.BigDecimal;

/**
 * A number found in the text, with the word that multiplies it ("12k", "4.5 lakh") and, for an
 * amount written in parts ("1억 5천만", "1 tỷ 500 triệu"), the value of the parts after the
 * first.
 */
record Amount(int start, int end, BigDecimal rawValue, AmountWord word, BigDecimal rest) {

    static Amount of(int start, int end, BigDecimal rawValue, AmountWord word) {
        return new Amount(start, end, rawValue, word, BigDecimal.ZERO);
    }

    boolean valid() {
        return rawValue != null;
    }

    BigDecimal value() {
        BigDecimal multiplied = word == null ? rawValue : rawValue.multiply(word.factor());
        // adding zero would write out the exponent of an amount of a million digits
        return plain(rest.signum() == 0 ? multiplied : multiplied.add(rest));
    }

    /**
     * Whether {@code next} is the second part of this amount: both have a word, only spaces lie
     * between them, and the second is less than one of the first's word ("1억 5천만" is
     * 150,000,000; "1 million 2 million" is two amounts).
     */
    boolean continuesWith(Amount next, String s) {
        if (!valid() || !next.valid() || word == null || next.word() == null || rest.signum() != 0
                || next.start() < end || !s.substring(end, next.start()).isBlank()) {
            return false;
        }
        return next.value().compareTo(word.factor()) < 0 && next.word().factor().compareTo(word.factor()) < 0;
    }

    Amount plus(Amount next) {
        return new Amount(start, next.end(), rawValue, word, rest.add(next.value()));
    }

    /**
     * Without trailing zeros or an exponent. An amount too large to be a price keeps its
     * exponent: written out, a number of a million digits takes a while, and it is refused.
     */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 && PriceLimits.fits(v) ? v.setScale(0) : v;
    }
}
