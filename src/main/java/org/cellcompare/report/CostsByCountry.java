package org.cellcompare.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Costs in the reporting currency gathered by country as the ranked rows stream past, kept as
 * whole cents, eight bytes each, for each country's minimum, median and maximum. Those of price
 * outliers are counted but kept out of the three.
 */
final class CostsByCountry {

    private final Map<String, Costs> byCountry = new TreeMap<>();

    /** {@code countryCode} null when the offering states none; {@code name}: the country as written. */
    void add(String countryCode, String name, BigDecimal cost, boolean outlier) {
        Costs country = byCountry.computeIfAbsent(countryCode == null ? "" : countryCode, code -> new Costs(name));
        country.name(name);
        if (outlier) {
            country.outliers++;
        } else {
            country.add(cost.setScale(2, RoundingMode.HALF_UP).unscaledValue().longValue());
        }
    }

    /** Cheapest median first; countries with outliers alone last. */
    List<CountryCost> summaries() {
        List<CountryCost> result = new ArrayList<>();
        byCountry.forEach((code, country) -> result.add(country.summary(code.isEmpty() ? null : code)));
        result.sort(Comparator.comparing(CountryCost::median, Comparator.nullsLast(Comparator.naturalOrder())));
        return result;
    }

    /** The costs of one country, and the first of its names as written, as the database's MIN() gave. */
    private static final class Costs {

        private long[] cents = new long[16];
        private int size;
        private long outliers;
        private String name;

        Costs(String name) {
            this.name = name;
        }

        void name(String writtenName) {
            if (writtenName != null && (name == null || writtenName.compareTo(name) < 0)) {
                name = writtenName;
            }
        }

        void add(long amount) {
            if (size == cents.length) {
                cents = Arrays.copyOf(cents, size * 2);
            }
            cents[size++] = amount;
        }

        CountryCost summary(String code) {
            if (size == 0) {
                return new CountryCost(code, name, outliers, outliers, null, null, null);
            }
            long[] sorted = Arrays.copyOf(cents, size);
            Arrays.sort(sorted);
            BigDecimal median = BigDecimal.valueOf(sorted[(size - 1) / 2] + sorted[size / 2]).divide(BigDecimal.valueOf(200));
            return new CountryCost(code, name, size + outliers, outliers, BigDecimal.valueOf(sorted[0], 2), median,
                    BigDecimal.valueOf(sorted[size - 1], 2));
        }
    }
}
