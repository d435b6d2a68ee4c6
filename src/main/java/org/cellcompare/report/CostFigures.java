package org.cellcompare.report;

import java.util.List;
import java.util.stream.Stream;

/**
 * The Summary's course cost by country. Countries with at least {@code fewestOffers} offers behind
 * their median come first, cheapest first, and are the ones charted; the others follow, marked in
 * the table, so a median of one or two offers never stands beside the rest as if it were as sure.
 */
record CostFigures(List<CountryCost> byCountry, long outlierCount, List<PriceOutlier> outliers, int fewestOffers) {

    /** {@code costs} cheapest median first, as {@link RankedFigures#costByCountry} gives them. */
    static CostFigures of(List<CountryCost> costs, long outlierCount, List<PriceOutlier> outliers, int fewestOffers) {
        List<CountryCost> ordered = Stream.concat(costs.stream().filter(cost -> !cost.fewerThan(fewestOffers)),
                costs.stream().filter(cost -> cost.fewerThan(fewestOffers))).toList();
        return new CostFigures(ordered, outlierCount, List.copyOf(outliers), fewestOffers);
    }

    /** The countries the chart shows: the first rows of the table. */
    List<CountryCost> charted() {
        return byCountry.stream().takeWhile(cost -> !cost.fewerThan(fewestOffers)).toList();
    }
}
