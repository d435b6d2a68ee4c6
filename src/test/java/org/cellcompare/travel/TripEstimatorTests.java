package org.cellcompare.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cellcompare.support.Offerings.clinic;
import static org.cellcompare.support.Offerings.with;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.cellcompare.ingest.OfferingColumn;
import org.cellcompare.normalize.CountryNames;
import org.cellcompare.normalize.Offering;
import org.cellcompare.support.Offerings;
import org.cellcompare.travel.TripEstimate.Gap;

/**
 * Trip estimates from the State Department's real April 2026 rates, with the arithmetic written
 * out: course + days abroad × lodging + days abroad × M&amp;IE × travellers (+ fares × travellers).
 */
class TripEstimatorTests {

    private static final Path APRIL = Path.of("src/test/resources/travel/foreign-per-diem-2026-04.csv");
    private static final LocalDate REPORT_DATE = LocalDate.of(2026, 11, 30);
    private static final TripEstimator.Party CHILD_AND_PARENT = new TripEstimator.Party(2, 2);

    private final Offerings offerings = new Offerings();
    private final PerDiemTable april = PerDiemFile.read(APRIL, "travel/foreign-per-diem-2026-04.csv",
            new TravelCountries(new CountryNames()), new ArrayList<>());

    @Test
    void aFourteenDayProgramInThailandForAChildAndAParent() {
        Offering offering = offering("Thailand", "Pattaya", "USD 10,000", "14 days");

        TripEstimate trip = estimator(Map.of(), CHILD_AND_PARENT).estimate(offering);

        // Thailand [Other] (Pattaya is not listed): lodging 99, M&IE 63; 14 program days + 2 travel days
        assertThat(trip.amount()).isEqualByComparingTo(new BigDecimal(10_000 + 16 * 99 + 16 * 63 * 2));
        assertThat(trip.amount()).isEqualByComparingTo("13600");
        assertThat(trip.daysAbroad()).isEqualTo(16);
        assertThat(trip.place()).isNull();
        assertThat(trip.lodgingNights()).isEqualTo(16);
        assertThat(trip.flightsIncluded()).isFalse();
        assertThat(trip.perDiemRow()).isEqualTo(april.rateFor("TH", null, REPORT_DATE).orElseThrow().row());
    }

    @Test
    void aListedCityUsesItsOwnRowAndAProgramInWeeksCountsItsDays() {
        Offering offering = offering("China", "Beijing", "USD 30,000", "6 weeks");

        TripEstimate trip = estimator(Map.of(), CHILD_AND_PARENT).estimate(offering);

        // Beijing: lodging 255, M&IE 142; 42 program days + 2 travel days
        assertThat(trip.amount()).isEqualByComparingTo(new BigDecimal(30_000 + 44 * 255 + 44 * 142 * 2));
        assertThat(trip.place()).isEqualTo("Beijing");
        assertThat(trip.daysAbroad()).isEqualTo(44);
    }

    @Test
    void moreTravellersEatMoreButShareTheRoom() {
        Offering offering = offering("Panama", "Panama City", "USD 5,000", "5 days");

        TripEstimate three = estimator(Map.of(), new TripEstimator.Party(3, 2)).estimate(offering);

        PerDiemRate panamaCity = april.rateFor("PA", "Panama City", REPORT_DATE).orElseThrow();
        BigDecimal expected = new BigDecimal(5_000).add(panamaCity.lodging().multiply(new BigDecimal(7)))
                .add(panamaCity.meals().multiply(new BigDecimal(7 * 3)));
        assertThat(three.amount()).isEqualByComparingTo(expected);
        assertThat(three.travellers()).isEqualTo(3);
    }

    @ParameterizedTest(name = "includes \"{0}\", program \"{1}\"")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            hotel, physiotherapy, airport transfer | CP program
            5-day hospital stay                    | Autologous BMMNC therapy
            -                                      | Neuro program, accommodation included
            -                                      | Programa neuro, incluye alojamiento
            -                                      | Hotel included for the whole stay
            """)
    void aPackageThatHousesTheFamilyCountsLodgingForTheTravelDaysOnly(String includes, String program) {
        Map<OfferingColumn, String> texts = with(with(texts("Thailand", null, "USD 10,000", "14 days"),
                OfferingColumn.INCLUDES, includes), OfferingColumn.PROGRAM, program);

        TripEstimate trip = estimator(Map.of(), CHILD_AND_PARENT).estimate(offerings.offering(texts));

        assertThat(trip.amount()).isEqualByComparingTo(new BigDecimal(10_000 + 2 * 99 + 16 * 63 * 2));
        assertThat(trip.lodgingNights()).isEqualTo(2);
        assertThat(trip.lodgingInPackage()).isTrue();
    }

    @ParameterizedTest(name = "includes \"{0}\", program \"{1}\"")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            physiotherapy, airport transfer        | CP program
            hotel not included                     | CP program
            flights; accommodation extra           | CP program
            -                                      | Hotel near the clinic
            -                                      | Programa sin alojamiento
            """)
    void lodgingIsCountedUnlessThePackageSaysItHousesTheFamily(String includes, String program) {
        Map<OfferingColumn, String> texts = with(with(texts("Thailand", null, "USD 10,000", "14 days"),
                OfferingColumn.INCLUDES, includes), OfferingColumn.PROGRAM, program);

        TripEstimate trip = estimator(Map.of(), CHILD_AND_PARENT).estimate(offerings.offering(texts));

        assertThat(trip.lodgingNights()).isEqualTo(16);
        assertThat(trip.amount()).isEqualByComparingTo("13600");
    }

    @Test
    void returnFaresAreAddedForEachTravellerInTheReportingCurrency() {
        FlightFare fare = new FlightFare("TH", new BigDecimal("18900"), "THB", LocalDate.of(2026, 11, 2), "quote", 2);
        Offering offering = offering("Thailand", null, "USD 10,000", "14 days");

        TripEstimate trip = estimator(Map.of("TH", fare), CHILD_AND_PARENT).estimate(offering);

        // 2 × 18,900 THB at 37.728 THB and 1.1684 USD to the euro: 37,800 / 37.728 × 1.1684
        BigDecimal fares = Offerings.RATES.convert(new BigDecimal("37800"), "THB", "USD");
        assertThat(fares).isEqualByComparingTo("1170.63");
        assertThat(trip.amount()).isEqualByComparingTo(new BigDecimal("13600").add(fares));
        assertThat(trip.flightsIncluded()).isTrue();
    }

    @Test
    void withoutADurationTheStayIsUnknownNeverZero() {
        TripEstimate trip = estimator(Map.of(), CHILD_AND_PARENT).estimate(offering("Thailand", null, "USD 10,000", null));

        assertThat(trip.amount()).isNull();
        assertThat(trip.gap()).isEqualTo(Gap.STAY_UNKNOWN);
    }

    @Test
    void withoutACourseCostOrARateForTheCountryThereIsNoEstimate() {
        TripEstimator estimator = estimator(Map.of(), CHILD_AND_PARENT);

        assertThat(estimator.estimate(offering("Thailand", null, "Contact us", "14 days")).gap()).isEqualTo(Gap.NO_COURSE_COST);
        assertThat(estimator.estimate(offering(null, null, "USD 10,000", "14 days")).gap()).isEqualTo(Gap.NO_STAY_COSTS);
        assertThat(new TripEstimator(TravelCosts.NONE, Offerings.RATES, "USD", REPORT_DATE, CHILD_AND_PARENT)
                .estimate(offering("Thailand", null, "USD 10,000", "14 days")).gap()).isEqualTo(Gap.NO_TRAVEL_DATA);
    }

    @Test
    void theStaysDollarsAreConvertedIntoTheReportingCurrency() {
        // the course cost arrives converted by the normalizer; only the stay's dollars are the estimator's to convert
        Offering offering = offering("Thailand", null, "USD 10,000", "14 days");

        TripEstimate inBaht = new TripEstimator(new TravelCosts(april, Map.of(), null), Offerings.RATES, "THB", REPORT_DATE,
                CHILD_AND_PARENT).estimate(offering);

        // 3,600 USD at 37.728 THB and 1.1684 USD to the euro
        BigDecimal stay = Offerings.RATES.convert(new BigDecimal(3_600), "USD", "THB");
        assertThat(stay).isEqualByComparingTo("116245.12");
        assertThat(inBaht.amount()).isEqualByComparingTo(offering.courseCost().reportingAmount().add(stay));
    }

    private TripEstimator estimator(Map<String, FlightFare> fares, TripEstimator.Party party) {
        return new TripEstimator(new TravelCosts(april, fares, fares.isEmpty() ? null : "travel/flights.csv"), Offerings.RATES,
                "USD", REPORT_DATE, party);
    }

    private Offering offering(String country, String city, String price, String duration) {
        return offerings.offering(texts(country, city, price, duration));
    }

    private static Map<OfferingColumn, String> texts(String country, String city, String price, String duration) {
        return with(with(clinic("Clinic", country, price), OfferingColumn.CITY, city), OfferingColumn.DURATION, duration);
    }
}
