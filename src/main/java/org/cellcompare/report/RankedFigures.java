package org.cellcompare.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cellcompare.rank.ConcernLevel;
import org.cellcompare.rank.Flag;
import org.cellcompare.rank.Section;

/**
 * What the Summary and "Flags explained" count, gathered while the ranked sheets stream past, so
 * a million offerings are read from the database once rather than once per figure. Course costs
 * are kept as whole cents, eight bytes each, for the medians by country; those of price outliers
 * are counted, and the first few named, but kept out of the medians.
 */
final class RankedFigures {

    private final Map<Section, Map<ConcernLevel, Long>> concern = new EnumMap<>(Section.class);
    private final Map<Flag, Long> flags = new EnumMap<>(Flag.class);
    private final Map<String, Costs> costs = new TreeMap<>();
    private final List<PriceOutlier> outliers = new ArrayList<>();
    private long outlierCount;
    private long ranked;

    RankedFigures() {
        for (Section section : Section.values()) {
            Map<ConcernLevel, Long> levels = new EnumMap<>(ConcernLevel.class);
            Arrays.stream(ConcernLevel.values()).forEach(level -> levels.put(level, 0L));
            concern.put(section, levels);
        }
    }

    void count(Section section, RankedRow row) {
        ranked++;
        concern.get(section).merge(row.concern(), 1L, Long::sum);
        row.flags().forEach(flag -> flags.merge(flag, 1L, Long::sum));
        BigDecimal cost = row.shown().reportingAmount();
        if (section == Section.CLINIC && cost != null) {
            String country = row.shown().countryCode() == null ? "" : row.shown().countryCode();
            Costs countryCosts = costs.computeIfAbsent(country, code -> new Costs(row.shown().countryText()));
            countryCosts.name(row.shown().countryText());
            if (row.flags().contains(Flag.PRICE_OUTLIER)) {
                countryCosts.outliers++;
                if (outlierCount++ < PriceOutlier.NAMED) {
                    outliers.add(new PriceOutlier(row.shown().provider(), row.shown().countryCode(), row.shown().countryText(), cost));
                }
            } else {
                countryCosts.add(cost.setScale(2, RoundingMode.HALF_UP).unscaledValue().longValue());
            }
        }
    }

    /** Commercial clinics left out of the medians as price outliers. */
    long outlierCount() {
        return outlierCount;
    }

    /** The first of them in rank order, to name on the Summary. */
    List<PriceOutlier> outliers() {
        return outliers;
    }

    /** Offerings written to the ranked sheets. */
    long ranked() {
        return ranked;
    }

    Map<Section, Map<ConcernLevel, Long>> concernBySection() {
        return concern;
    }

    Map<Flag, Long> flagCounts() {
        return flags;
    }

    /** Course cost of commercial offerings by country, cheapest median first; countries with outliers alone last. */
    List<CountryCost> costByCountry() {
        List<CountryCost> result = new ArrayList<>();
        costs.forEach((code, country) -> result.add(country.summary(code.isEmpty() ? null : code)));
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
