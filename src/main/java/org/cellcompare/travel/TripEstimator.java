package org.cellcompare.travel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.cellcompare.normalize.Offering;
import org.cellcompare.rates.ExchangeRates;
import org.cellcompare.travel.TripEstimate.Gap;

/**
 * Estimates a whole trip for an offering: course cost + days abroad × lodging + days abroad × M&amp;IE
 * × travellers, and return fares × travellers when the nonprofit keeps them. Days abroad are the
 * program's days and the travel days; lodging is left out for the program's days when the package
 * houses the family. Per diem amounts are U.S. dollars, fares in their own currency; both are
 * converted with the month's exchange rates. The season is the one in force on the report date.
 */
public final class TripEstimator {

    private static final String PER_DIEM_CURRENCY = "USD";

    /** Who travels and for how long beyond the program: the child and one parent, a day each way, by default. */
    public record Party(int travellers, int travelDays) {
    }

    private final TravelCosts costs;
    private final ExchangeRates rates;
    private final String currency;
    private final LocalDate reportDate;
    private final Party party;

    public TripEstimator(TravelCosts costs, ExchangeRates rates, String currency, LocalDate reportDate, Party party) {
        this.costs = costs;
        this.rates = rates;
        this.currency = currency;
        this.reportDate = reportDate;
        this.party = party;
    }

    public TripEstimate estimate(Offering offering) {
        Integer programDays = offering.days();
        if (programDays == null) {
            return TripEstimate.none(Gap.STAY_UNKNOWN, null);
        }
        int daysAbroad = programDays + party.travelDays();
        if (costs.perDiem() == null) {
            return TripEstimate.none(Gap.NO_TRAVEL_DATA, daysAbroad);
        }
        Optional<PerDiemRate> found = offering.countryCode() == null ? Optional.empty()
                : costs.perDiem().rateFor(offering.countryCode(), offering.city(), reportDate);
        BigDecimal course = offering.courseCost().reportingAmount();
        if (found.isEmpty() || course == null) {
            return TripEstimate.none(found.isEmpty() ? Gap.NO_STAY_COSTS : Gap.NO_COURSE_COST, daysAbroad);
        }
        PerDiemRate rate = found.get();
        boolean housed = PackageLodging.housesTheFamily(offering.includes(), words(offering));
        int lodgingNights = housed ? party.travelDays() : daysAbroad;
        BigDecimal stayInDollars = rate.lodging().multiply(BigDecimal.valueOf(lodgingNights))
                .add(rate.meals().multiply(BigDecimal.valueOf((long) daysAbroad * party.travellers())));
        BigDecimal stay = rates.convert(stayInDollars, PER_DIEM_CURRENCY, currency);
        if (stay == null) {
            // the dollar's rate is missing from the month's rates, which the rates step would have said
            return TripEstimate.none(Gap.NO_STAY_COSTS, daysAbroad);
        }
        BigDecimal flights = flights(offering.countryCode());
        return new TripEstimate(course.add(stay).add(flights == null ? BigDecimal.ZERO : flights), daysAbroad,
                rate.location(), party.travellers(), lodgingNights, flights != null, null, rate.row());
    }

    /** Return fares for the party; null without a fare for the country, or a rate for its currency. */
    private BigDecimal flights(String countryCode) {
        FlightFare fare = costs.flights().get(countryCode);
        return fare == null ? null
                : rates.convert(fare.returnFare().multiply(BigDecimal.valueOf(party.travellers())), fare.currency(), currency);
    }

    /** Where a program says what it includes, beside the Includes column: its name, and what it claims. */
    private static String words(Offering offering) {
        if (offering.claimsText() == null) {
            return offering.program();
        }
        return offering.program() == null ? offering.claimsText() : offering.program() + "; " + offering.claimsText();
    }
}
