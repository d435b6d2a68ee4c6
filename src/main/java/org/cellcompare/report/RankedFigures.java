package org.cellcompare.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cellcompare.rank.ConcernLevel;
import org.cellcompare.rank.Flag;
import org.cellcompare.rank.Section;
import org.cellcompare.rank.ShownOffering;
import org.cellcompare.travel.TripEstimate;

/**
 * What the Summary and "Flags explained" count, gathered while the ranked sheets stream past, so
 * a million offerings are read from the database once rather than once per figure: course costs
 * and trip estimates by country, price outliers counted and the first few named, and the per diem
 * rows the estimates used.
 */
final class RankedFigures {

    private final Map<Section, Map<ConcernLevel, Long>> concern = new EnumMap<>(Section.class);
    private final Map<Flag, Long> flags = new EnumMap<>(Flag.class);
    private final CostsByCountry courseCosts = new CostsByCountry();
    private final CostsByCountry tripCosts = new CostsByCountry();
    private final Map<Integer, Long> perDiemRowsUsed = new HashMap<>();
    private long clinicsWithoutTrip;
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
        ShownOffering shown = row.shown();
        TripEstimate trip = shown.trip();
        if (trip.isEstimated()) {
            perDiemRowsUsed.merge(trip.perDiemRow(), 1L, Long::sum);
        }
        BigDecimal cost = shown.reportingAmount();
        if (section == Section.CLINIC && cost != null) {
            boolean outlier = row.flags().contains(Flag.PRICE_OUTLIER);
            courseCosts.add(shown.countryCode(), shown.countryText(), cost, outlier);
            if (outlier && outlierCount++ < PriceOutlier.NAMED) {
                outliers.add(new PriceOutlier(shown.provider(), shown.countryCode(), shown.countryText(), cost));
            }
            if (trip.isEstimated()) {
                tripCosts.add(shown.countryCode(), shown.countryText(), trip.amount(), outlier);
            } else {
                clinicsWithoutTrip++;
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
        return courseCosts.summaries();
    }

    /** Trip estimates of commercial offerings by country, in the same order and with the same outliers left out. */
    List<CountryCost> tripByCountry() {
        return tripCosts.summaries();
    }

    /** Commercial offerings with a course cost but no trip estimate. */
    long clinicsWithoutTrip() {
        return clinicsWithoutTrip;
    }

    /** How many offerings were estimated with each per diem row, by the row's number in its file. */
    Map<Integer, Long> perDiemRowsUsed() {
        return perDiemRowsUsed;
    }
}
