package org.cellcompare.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.generators.Generate;

import org.cellcompare.config.DateOrder;
import org.cellcompare.ingest.CellValue;
import org.cellcompare.ingest.InputProblem;
import org.cellcompare.ingest.InputProblem.Outcome;
import org.cellcompare.ingest.OfferingColumn;
import org.cellcompare.ingest.RawRow;
import org.cellcompare.rates.ExchangeRates;
import org.cellcompare.rates.Rate;
import org.cellcompare.registry.TrialRegistryExport;
import org.cellcompare.support.Offerings;

/**
 * A price the parser accepts can still make a course no course costs: times its injections or
 * days, or in the reporting currency. The normalizer turns it into an unreadable price with its
 * Input problems line, so nothing it hands on overflows the staged DECIMAL(30, 2) and DECIMAL(30,
 * 4) columns, which failed the whole month before (issue 24).
 */
class CourseCostCeilingTests {

    private static final LocalDate DAY = LocalDate.of(2026, 4, 13);
    private static final ExchangeRates RATES = new ExchangeRates(List.of(
            new Rate("USD", new BigDecimal("1.1684"), DAY, "ECB"),
            new Rate("THB", new BigDecimal("37.728"), DAY, "ECB"),
            new Rate("INR", new BigDecimal("109.047"), DAY, "ECB"),
            new Rate("VND", new BigDecimal("30500"), DAY, "extra-rates.csv"),
            new Rate("IRR", new BigDecimal("1450000"), DAY, "extra-rates.csv")));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            injections             | USD 9,000,000,000,000,000      | per injection | 8  | -       | USD | at 8 injections a course it comes to 72,000,000,000,000,000 USD
            days                   | MXN 5,000,000,000,000,000 per day | -          | -  | 14 days | USD | at 14 days a course it comes to 70,000,000,000,000,000 MXN
            weeks                  | €9,999,999,999,999,999         | per week      | -  | 21 days | USD | at 21 days a course it comes to 29,999,999,999,999,997 EUR
            high end of a range    | USD 5,000 - 9,999,999,999,999,999 | per injection | 2 | -     | USD | at 2 injections a course it comes to 19,999,999,999,999,998 USD
            converted to dong      | USD 900,000,000,000,000        | -             | -  | -       | VND | converted to VND it comes to 23,493,666,552,550,496,405.34 VND
            converted to rials     | ฿ 300,000,000,000              | -             | -  | -       | IRR | converted to IRR it comes to 11,529,898,218,829,516.54 IRR
            """)
    void refusesACourseNoCourseCosts(String name, String price, String basis, String injections, String duration,
                                     String reporting, String reason) {
        RawRow row = row(price, basis, injections, duration);

        Offering offering = normalizer(reporting).normalize(row);

        assertThat(offering.price().kind()).isEqualTo(PriceKind.UNREADABLE);
        assertThat(offering.price().text()).isEqualTo(price);
        assertThat(offering.courseCost().isKnown()).isFalse();
        assertThat(offering.courseCost().reportingAmount()).isNull();
        assertThat(offering.problems()).filteredOn(p -> p.column().equals("Price")).singleElement().satisfies(p -> {
            assertThat(p.value()).isEqualTo(price);
            assertThat(p.reason()).isEqualTo("A price was given but it cannot be read as an amount: " + reason
                    + ", more than any course costs (amounts are read below 10,000,000,000,000,000). It is shown as written and flagged.");
            assertThat(p.fix()).isEqualTo(PriceLimits.COURSE_TOO_LARGE_FIX);
            assertThat(p.outcome()).isEqualTo(Outcome.VALUE_IGNORED);
            assertThat(p.row()).isEqualTo(7);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            injections below       | USD 1,000,000,000,000,000      | per injection | 9  | -       | USD | 9000000000000000 | 9000000000000000.00
            in dong                | USD 30,000,000                 | -             | -  | -       | VND | 30000000        | 783122218418.35
            """)
    void keepsALargeCourseBelowTheCeiling(String name, String price, String basis, String injections, String duration,
                                          String reporting, BigDecimal course, BigDecimal inReporting) {
        Offering offering = normalizer(reporting).normalize(row(price, basis, injections, duration));

        assertThat(offering.price().kind()).isEqualTo(PriceKind.EXACT);
        assertThat(offering.courseCost().amount()).isEqualByComparingTo(course);
        assertThat(offering.courseCost().reportingAmount()).isEqualByComparingTo(inReporting);
        assertThat(offering.problems()).noneSatisfy(p -> assertThat(p.column()).isEqualTo("Price"));
    }

    @Test
    void refusesAnUnreadableAmountOnceWithItsOwnReason() {
        Offering offering = normalizer("USD").normalize(row("$999999999999999999999999999999", "per injection", "8", null));

        assertThat(offering.price().kind()).isEqualTo(PriceKind.UNREADABLE);
        assertThat(offering.problems()).filteredOn(p -> p.column().equals("Price")).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("its amount, 999,999,999,999,999,999,999,999,999,999,"))
                .satisfies(p -> assertThat(p.fix()).isEqualTo(PriceLimits.TOO_LARGE_FIX));
    }

    /** Whatever the amount, basis and currencies, what is handed on fits the staged columns, or the price is refused. */
    @Test
    void everyAmountHandedOnFitsTheStagedColumns() {
        qt().withFixedSeed(24L).withExamples(1_000)
                .forAll(longs().between(1, Long.MAX_VALUE), integers().between(0, 6), integers().between(1, 999),
                        Generate.pick(List.of("USD", "THB", "INR", "VND", "IRR", "€", "฿", "₹")))
                .checkAssert((amount, decimals, count, currency) -> {
                    String price = currency + " " + BigDecimal.valueOf(amount).movePointLeft(decimals).toPlainString();
                    for (String basis : List.of("per injection", "per course", "per week")) {
                        for (String reporting : List.of("USD", "VND", "IRR")) {
                            Offering offering = normalizer(reporting).normalize(row(price, basis, String.valueOf(count), count + " days"));
                            CourseCost cost = offering.courseCost();
                            if (offering.price().kind() == PriceKind.UNREADABLE) {
                                assertThat(cost.isKnown()).as(price).isFalse();
                                continue;
                            }
                            for (BigDecimal a : new BigDecimal[] {cost.low(), cost.high(), cost.amount()}) {
                                assertThat(fitsDecimal(a, 30, 4)).as("%s %s in %s: %s", price, basis, reporting, a).isTrue();
                                assertThat(PriceLimits.fits(a)).isTrue();
                            }
                            for (BigDecimal a : new BigDecimal[] {cost.reportingLow(), cost.reportingHigh(), cost.reportingAmount()}) {
                                assertThat(fitsDecimal(a, 30, 2)).as("%s %s in %s: %s", price, basis, reporting, a).isTrue();
                                assertThat(PriceLimits.fits(a)).isTrue();
                            }
                        }
                    }
                });
    }

    /** What a DECIMAL(precision, scale) column takes: the number rounded to its scale, in no more digits than its precision. */
    private static boolean fitsDecimal(BigDecimal value, int precision, int scale) {
        return value == null || value.setScale(scale, RoundingMode.HALF_UP).precision() <= precision;
    }

    private static final Map<String, OfferingNormalizer> NORMALIZERS = new HashMap<>();

    private static OfferingNormalizer normalizer(String reportingCurrency) {
        return NORMALIZERS.computeIfAbsent(reportingCurrency, currency -> new OfferingNormalizer(new CountryNames(),
                new CurrencyResolver(), RATES, TrialRegistryExport.of(List.of()), currency, DateOrder.DAY_FIRST,
                Offerings.REPORT_MONTH));
    }

    private static RawRow row(String price, String basis, String injections, String duration) {
        Map<OfferingColumn, CellValue> values = new EnumMap<>(OfferingColumn.class);
        values.put(OfferingColumn.PROVIDER, CellValue.ofText("Ceiling Clinic"));
        values.put(OfferingColumn.COUNTRY, CellValue.ofText("Mexico"));
        values.put(OfferingColumn.PRICE, CellValue.ofText(price));
        if (basis != null) {
            values.put(OfferingColumn.PRICE_BASIS, CellValue.ofText(basis));
        }
        if (injections != null) {
            values.put(OfferingColumn.INJECTIONS, CellValue.ofText(injections));
        }
        if (duration != null) {
            values.put(OfferingColumn.DURATION, CellValue.ofText(duration));
        }
        Map<OfferingColumn, String> headers = new EnumMap<>(OfferingColumn.class);
        values.keySet().forEach(column -> headers.put(column, column.header()));
        return new RawRow("offers.xlsx", "Clinics", 7, values, headers);
    }
}
