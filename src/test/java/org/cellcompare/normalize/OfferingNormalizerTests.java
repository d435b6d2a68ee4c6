package org.cellcompare.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.cellcompare.config.DateOrder;
import org.cellcompare.ingest.CellValue;
import org.cellcompare.ingest.InputProblem;
import org.cellcompare.ingest.InputProblem.Outcome;
import org.cellcompare.ingest.OfferingColumn;
import org.cellcompare.ingest.RawRow;
import org.cellcompare.normalize.RegistryMatch.Check;
import org.cellcompare.rates.ExchangeRates;
import org.cellcompare.rates.Rate;
import org.cellcompare.registry.TrialRecord;
import org.cellcompare.registry.TrialRegistryExport;

class OfferingNormalizerTests {

    private static final LocalDate DAY = LocalDate.of(2026, 4, 13);
    private static final YearMonth REPORT_MONTH = YearMonth.of(2026, 11);
    private static final ExchangeRates RATES = new ExchangeRates(List.of(
            new Rate("USD", new BigDecimal("1.1684"), DAY, "ECB"),
            new Rate("THB", new BigDecimal("37.728"), DAY, "ECB")));
    private static final TrialRegistryExport EXPORT = TrialRegistryExport.of(List.of(
            new TrialRecord("NCT02569775", "Autologous BMMNC for CP", "https://clinicaltrials.gov/study/NCT02569775",
                    "COMPLETED", "Cerebral Palsy", "PHASE2", 40, "Vinmec Healthcare System", "registry/ctg.csv"),
            new TrialRecord("NCT03111111", "Cord blood for autism", "", "COMPLETED", "Autism Spectrum Disorder",
                    "PHASE2", 60, "Coastal Autism Research", "registry/ctg.csv")));

    private final OfferingNormalizer normalizer = new OfferingNormalizer(new CountryNames(), new CurrencyResolver(),
            RATES, EXPORT, "USD", DateOrder.DAY_FIRST, REPORT_MONTH);

    @Test
    void rejectsRowWithoutProviderOrRegistration() {
        RawRow row = row(Map.of(OfferingColumn.PRICE, "$12,000"));

        assertThatThrownBy(() -> normalizer.normalize(row)).isInstanceOfSatisfying(RowRejectedException.class, e -> {
            InputProblem problem = e.problem();
            assertThat(problem.file()).isEqualTo("offers.xlsx");
            assertThat(problem.sheet()).isEqualTo("Clinics");
            assertThat(problem.row()).isEqualTo(7);
            assertThat(problem.outcome()).isEqualTo(Outcome.ROW_LEFT_OUT);
            assertThat(problem.reason()).contains("No provider and no registration number");
        });
    }

    @Test
    void rejectsATotalRowAndARowWithOnlyAProviderName() {
        assertThatThrownBy(() -> normalizer.normalize(row(Map.of(OfferingColumn.PROVIDER, "Total", OfferingColumn.PRICE, "450000"))))
                .isInstanceOf(RowRejectedException.class).hasMessageContaining("total");
        assertThatThrownBy(() -> normalizer.normalize(row(Map.of(OfferingColumn.PROVIDER, "Prices checked by phone."))))
                .isInstanceOf(RowRejectedException.class).hasMessageContaining("nothing to compare");
    }

    @Test
    void keepsATrialWithoutProviderAndNamesItsSponsor() {
        Offering offering = normalizer.normalize(row(Map.of(OfferingColumn.REGISTRATION, "NCT02569775")));

        assertThat(offering.provider()).isEqualTo("Vinmec Healthcare System");
        assertThat(offering.isRegisteredTrial()).isTrue();
        assertThat(offering.trialRegistration().check()).isEqualTo(Check.FOUND);
    }

    @Test
    void perInjectionPriceTimesInjectionsIsTheCourseCost() {
        Offering offering = normalizer.normalize(row(Map.of(OfferingColumn.PROVIDER, "Phuket Clinic",
                OfferingColumn.COUNTRY, "Thailand", OfferingColumn.PRICE, "$5,000 per injection",
                OfferingColumn.CURRENCY, "USD", OfferingColumn.INJECTIONS, "4")));

        assertThat(offering.basis()).isEqualTo(PriceBasis.PER_INJECTION);
        assertThat(offering.courseCost().amount()).isEqualByComparingTo("20000");
        assertThat(offering.courseCost().reportingAmount()).isEqualByComparingTo("20000.00");
    }

    @Test
    void perDayPriceTimesTheDaysIsTheCourseCost() {
        Offering fromColumn = normalizer.normalize(row(Map.of(OfferingColumn.PROVIDER, "Bangkok Clinic",
                OfferingColumn.COUNTRY, "Thailand", OfferingColumn.PRICE, "USD 600 per day", OfferingColumn.DURATION, "2 weeks")));
        Offering fromProgram = normalizer.normalize(row(Map.of(OfferingColumn.PROVIDER, "Bangkok Clinic",
                OfferingColumn.COUNTRY, "Thailand", OfferingColumn.PRICE, "USD 600", OfferingColumn.PRICE_BASIS, "per day",
                OfferingColumn.PROGRAM, "10-day neuro programme")));
        Offering withoutDays = normalizer.normalize(row(Map.of(OfferingColumn.PROVIDER, "Bangkok Clinic",
                OfferingColumn.COUNTRY, "Thailand", OfferingColumn.PRICE, "USD 600 per day")));

        assertThat(fromColumn.courseCost().amount()).isEqualByComparingTo("8400");
        assertThat(fromProgram.courseCost().amount()).isEqualByComparingTo("6000");
        assertThat(withoutDays.courseCost().isKnown()).isFalse();
    }

    @Test
    void perWeekPriceTimesTheWeeksIsTheCourseCost() {
        Offering offering = normalizer.normalize(row(Map.of(OfferingColumn.PROVIDER, "Clinic", OfferingColumn.COUNTRY, "Mexico",
                OfferingColumn.PRICE, "USD 4,000 per week", OfferingColumn.DURATION, "21")));

        assertThat(offering.courseCost().amount()).isEqualByComparingTo("12000");
    }

    @Test
    void aDurationThatIsAnIntervalIsNotReadAsDaysButNoted() {
        Offering interval = normalizer.normalize(row(Map.of(OfferingColumn.PROVIDER, "Clinic", OfferingColumn.COUNTRY, "Mexico",
                OfferingColumn.PRICE, "USD 4,000", OfferingColumn.DURATION, "every 2 months")));
        Offering bare = normalizer.normalize(row(Map.of(OfferingColumn.PROVIDER, "Clinic", OfferingColumn.COUNTRY, "Mexico",
                OfferingColumn.PRICE, "USD 4,000", OfferingColumn.DURATION, "14 d")));

        assertThat(interval.days()).isNull();
        assertThat(interval.problems()).anySatisfy(problem -> assertThat(problem.reason())
                .isEqualTo("Not a length of stay CellCompare can read."));
        assertThat(bare.days()).isEqualTo(14);
    }

    @Test
    void injectionsWrittenInTheProgramMakeAPerInjectionPriceACourse() {
        Offering offering = normalizer.normalize(row(Map.of(OfferingColumn.PROVIDER, "Clinic", OfferingColumn.COUNTRY, "Mexico",
                OfferingColumn.PRICE, "USD 3,000 per injection", OfferingColumn.PROGRAM, "Course of 4 injections")));

        assertThat(offering.courseCost().amount()).isEqualByComparingTo("12000");
    }

    @Test
    void packagePriceIsTheCourseCost() {
        Offering offering = normalizer.normalize(row(Map.of(OfferingColumn.PROVIDER, "Clinic", OfferingColumn.COUNTRY, "Mexico",
                OfferingColumn.PRICE, "USD 18,000 all-inclusive package", OfferingColumn.PROGRAM, "14-day stay")));

        assertThat(offering.basis()).isEqualTo(PriceBasis.PACKAGE);
        assertThat(offering.courseCost().amount()).isEqualByComparingTo("18000");
    }

    @Test
    void anAmbiguousDateIsReadInTheConfiguredOrderAndNoted() {
        OfferingNormalizer monthFirst = new OfferingNormalizer(new CountryNames(), new CurrencyResolver(), RATES, EXPORT,
                "USD", DateOrder.MONTH_FIRST, REPORT_MONTH);
        Map<OfferingColumn, String> texts = Map.of(OfferingColumn.PROVIDER, "Clinic", OfferingColumn.COUNTRY, "Mexico",
                OfferingColumn.LAST_VERIFIED, "03/04/2026");

        Offering dayFirst = normalizer.normalize(row(texts));
        Offering usOrder = monthFirst.normalize(row(texts));

        assertThat(dayFirst.lastVerified()).isEqualTo(LocalDate.of(2026, 4, 3));
        assertThat(usOrder.lastVerified()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(usOrder.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.column()).isEqualTo("Last verified");
            assertThat(problem.reason()).contains("month/day");
            assertThat(problem.outcome()).isEqualTo(Outcome.NOTE);
        });
    }

    @Test
    void perInjectionPriceWithoutInjectionsHasNoCourseCost() {
        Offering offering = normalizer.normalize(row(Map.of(OfferingColumn.PROVIDER, "Cancún Spa",
                OfferingColumn.COUNTRY, "Mexico", OfferingColumn.PRICE, "MX$45,000", OfferingColumn.PRICE_BASIS, "per session")));

        assertThat(offering.courseCost().isKnown()).isFalse();
        assertThat(offering.price().low()).isEqualByComparingTo("45000");
    }

    @Test
    void convertsTheCourseCostIntoTheReportingCurrency() {
        Offering offering = normalizer.normalize(row(Map.of(OfferingColumn.PROVIDER, "Sunrise",
                OfferingColumn.COUNTRY, "Thailand", OfferingColumn.PRICE, "฿450,000")));

        assertThat(offering.courseCost().currency()).isEqualTo("THB");
        assertThat(offering.courseCost().reportingAmount()).isEqualByComparingTo("13936.07");
    }

    @Test
    void keepsACurrencyWithoutRateUnconverted() {
        Offering offering = normalizer.normalize(row(Map.of(OfferingColumn.PROVIDER, "Lima Clinic",
                OfferingColumn.COUNTRY, "Peru", OfferingColumn.PRICE, "S/ 38.000")));

        assertThat(offering.courseCost().amount()).isEqualByComparingTo("38000");
        assertThat(offering.courseCost().currency()).isEqualTo("PEN");
        assertThat(offering.courseCost().isUnconverted()).isTrue();
    }

    @Test
    void keepsTheRowWhenOneValueCannotBeRead() {
        Offering offering = normalizer.normalize(row(Map.of(OfferingColumn.PROVIDER, "Global Network",
                OfferingColumn.COUNTRY, "Atlantis", OfferingColumn.PRICE, "fifteen thousand dollars",
                OfferingColumn.SOURCE_URL, "javascript:alert(1)", OfferingColumn.LAST_VERIFIED, "last spring")));

        assertThat(offering.price().kind()).isEqualTo(PriceKind.UNREADABLE);
        assertThat(offering.countryCode()).isNull();
        assertThat(offering.countryText()).isEqualTo("Atlantis");
        assertThat(offering.sourceLink()).isNull();
        assertThat(offering.lastVerified()).isNull();
        assertThat(offering.problems()).extracting(InputProblem::column)
                .containsExactlyInAnyOrder("Country", "Price", "Source URL", "Last verified");
        assertThat(offering.problems()).allSatisfy(p -> assertThat(p.row()).isEqualTo(7));
    }

    @Test
    void checksNctNumbersAgainstTheRegistryExport() {
        Offering notCp = normalizer.normalize(row(Map.of(OfferingColumn.PROVIDER, "Gold Coast", OfferingColumn.REGISTRATION, "NCT03111111")));
        Offering missing = normalizer.normalize(row(Map.of(OfferingColumn.PROVIDER, "Baja", OfferingColumn.REGISTRATION, "NCT09999999")));
        Offering chinese = normalizer.normalize(row(Map.of(OfferingColumn.PROVIDER, "Chengdu", OfferingColumn.REGISTRATION, "ChiCTR2000031234")));

        assertThat(notCp.registrations().get(0).check()).isEqualTo(Check.FOUND_NOT_CP);
        assertThat(notCp.isRegisteredTrial()).isFalse();
        assertThat(missing.registrations().get(0).check()).isEqualTo(Check.NOT_FOUND);
        assertThat(missing.isRegisteredTrial()).isFalse();
        assertThat(chinese.registrations().get(0).check()).isEqualTo(Check.NOT_CHECKED);
        assertThat(chinese.isRegisteredTrial()).isTrue();
    }

    @Test
    void withoutAnExportNctNumbersAreNotCheckedNeverNotFound() {
        OfferingNormalizer withoutExport = new OfferingNormalizer(new CountryNames(), new CurrencyResolver(), RATES,
                TrialRegistryExport.of(List.of()), "USD", DateOrder.DAY_FIRST, REPORT_MONTH);

        Offering offering = withoutExport.normalize(row(Map.of(OfferingColumn.PROVIDER, "Baja", OfferingColumn.REGISTRATION, "NCT09999999")));

        assertThat(offering.registrations().get(0).check()).isEqualTo(Check.NOT_CHECKED);
    }

    @Test
    void duplicateKeyIgnoresCaseAccentsAndPunctuation() {
        Offering a = normalizer.normalize(row(Map.of(OfferingColumn.PROVIDER, "Clínica Regenera", OfferingColumn.COUNTRY, "Panamá",
                OfferingColumn.PROGRAM, "CP protocol")));
        Offering b = normalizer.normalize(row(Map.of(OfferingColumn.PROVIDER, "CLINICA REGENERA", OfferingColumn.COUNTRY, "PA",
                OfferingColumn.PROGRAM, "CP-Protocol")));

        assertThat(a.duplicateKey()).isEqualTo(b.duplicateKey());
    }

    static RawRow row(Map<OfferingColumn, String> texts) {
        Map<OfferingColumn, CellValue> values = new EnumMap<>(OfferingColumn.class);
        Map<OfferingColumn, String> headers = new EnumMap<>(OfferingColumn.class);
        texts.forEach((column, text) -> {
            values.put(column, CellValue.ofText(text));
            headers.put(column, column.header());
        });
        return new RawRow("offers.xlsx", "Clinics", 7, values, headers);
    }
}
