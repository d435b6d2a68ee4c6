package org.cellcompare.rates;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Units of a currency for one euro on a date, and where that figure came from. */
public record Rate(String currency, BigDecimal unitsPerEur, LocalDate date, String source) {

    /** The longest source kept: a name and an address, not a document. */
    public static final int MAX_SOURCE_LENGTH = 500;
}
