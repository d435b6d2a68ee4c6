package org.cellcompare.rates;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rates in force on the report date, one per currency, crossed through the euro: an amount
 * in X is {@code amount / rate[X] * rate[Y]} in Y. The ECB publishes every rate against the euro,
 * so every pair of currencies it covers can be converted.
 */
public final class ExchangeRates {

    public static final String EUR = "EUR";
    private static final MathContext PRECISION = MathContext.DECIMAL128;

    private final Map<String, Rate> rates;

    public ExchangeRates(Collection<Rate> rates) {
        this.rates = new TreeMap<>();
        rates.forEach(rate -> this.rates.put(rate.currency(), rate));
    }

    public boolean covers(String currency) {
        return EUR.equals(currency) || rates.containsKey(currency);
    }

    public Rate rate(String currency) {
        return rates.get(currency);
    }

    public Collection<Rate> all() {
        return rates.values();
    }

    /** The amount in another currency, to the cent; null when either currency has no rate. */
    public BigDecimal convert(BigDecimal amount, String from, String to) {
        if (amount == null || !covers(from) || !covers(to)) {
            return null;
        }
        if (from.equals(to)) {
            return amount.setScale(2, RoundingMode.HALF_UP);
        }
        BigDecimal inEur = EUR.equals(from) ? amount : amount.divide(rates.get(from).unitsPerEur(), PRECISION);
        BigDecimal result = EUR.equals(to) ? inEur : inEur.multiply(rates.get(to).unitsPerEur(), PRECISION);
        return result.setScale(2, RoundingMode.HALF_UP);
    }

    /** Units of {@code to} for one unit of {@code from}, for the Exchange rates sheet. */
    public BigDecimal crossRate(String from, String to) {
        if (!covers(from) || !covers(to)) {
            return null;
        }
        BigDecimal fromPerEur = EUR.equals(from) ? BigDecimal.ONE : rates.get(from).unitsPerEur();
        BigDecimal toPerEur = EUR.equals(to) ? BigDecimal.ONE : rates.get(to).unitsPerEur();
        return toPerEur.divide(fromPerEur, MathContext.DECIMAL64);
    }

    /** The newest date among the ECB's rates, which says how fresh the rate file is. */
    public LocalDate newestDate(String sourcePrefix) {
        return rates.values().stream().filter(r -> r.source().startsWith(sourcePrefix)).map(Rate::date)
                .max(Comparator.naturalOrder()).orElse(null);
    }
}
