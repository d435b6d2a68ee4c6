package org.cellcompare.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.cellcompare.ingest.InputProblem;
import org.cellcompare.ingest.InputProblem.Outcome;

/**
 * The ECB's file as it may arrive after hands have touched it: rows out of order, a bad date, a bad
 * number, a row cut short. Each bad row is one line; every currency still gets the rate of the
 * newest day on or before the report date.
 */
class EcbRowsTests {

    private static final Path ECB = Path.of("src/test/resources/fixtures/ecb/eurofxref-hist.csv");
    private static final String HEADER = "Date,USD,JPY,THB,\n";

    @TempDir
    Path folder;

    @Test
    void aRowAppendedAtTheBottomIsTheNewestDay() throws IOException {
        write(HEADER + "2026-04-10,1.1711,186.43,37.592,\n2026-04-09,1.1650,185.90,37.500,\n2026-04-13,1.1684,186.75,37.728,\n");

        ExchangeRates rates = RatesFolder.read(folder, LocalDate.of(2026, 4, 30)).rates();

        assertThat(rates.rate("USD").date()).isEqualTo(LocalDate.of(2026, 4, 13));
        assertThat(rates.rate("USD").unitsPerEur()).isEqualByComparingTo("1.1684");
    }

    @Test
    void aFileInOldestFirstOrderGivesTheNewestDayOnOrBeforeTheReportDate() throws IOException {
        write(HEADER + "2026-04-09,1.1650,185.90,37.500,\n2026-04-10,1.1711,186.43,37.592,\n2026-04-13,1.1684,186.75,37.728,\n");

        ExchangeRates rates = RatesFolder.read(folder, LocalDate.of(2026, 4, 12)).rates();

        assertThat(rates.rate("JPY").date()).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(rates.rate("JPY").unitsPerEur()).isEqualByComparingTo("186.43");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-04-13", "2026-01-15", "2022-03-02", "2009-07-31", "1999-01-04"})
    void theWholeHistoryShuffledGivesTheSameRatesAsInTheEcbsOrder(String reportDate) throws IOException {
        List<String> lines = Files.readAllLines(ECB);
        List<String> days = new ArrayList<>(lines.subList(1, lines.size()));
        Collections.shuffle(days, new Random(24));
        Path inOrder = Files.createDirectories(folder.resolve("in-order"));
        Path shuffled = Files.createDirectories(folder.resolve("shuffled"));
        Files.copy(ECB, inOrder.resolve("eurofxref-hist.csv"));
        Files.writeString(shuffled.resolve("eurofxref-hist.csv"), lines.get(0) + "\n" + String.join("\n", days) + "\n");

        RatesFolder.Result expected = RatesFolder.read(inOrder, LocalDate.parse(reportDate));
        RatesFolder.Result actual = RatesFolder.read(shuffled, LocalDate.parse(reportDate));

        assertThat(actual.rates().all()).isNotEmpty()
                .extracting(Rate::currency, Rate::unitsPerEur, Rate::date)
                .containsExactlyElementsOf(expected.rates().all().stream()
                        .map(rate -> tuple(rate.currency(), rate.unitsPerEur(), rate.date())).toList());
        assertThat(actual.problems()).isEmpty();
        assertThat(actual.earliestDate()).isEqualTo(RatesFolder.ECB_FIRST_DAY);
    }

    @Test
    void aRowWithABadDateIsOneProblemAndTheOtherDaysAreUsed() throws IOException {
        write(HEADER + "2026-04-13,1.1684,186.75,37.728,\n13/04/2026,1.2,190,38,\n2026-04-10,1.1711,186.43,37.592,\n");

        RatesFolder.Result result = RatesFolder.read(folder, LocalDate.of(2026, 4, 30));

        assertThat(result.rates().rate("USD").unitsPerEur()).isEqualByComparingTo("1.1684");
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("rates/eurofxref-hist.csv");
            assertThat(problem.row()).isEqualTo(3);
            assertThat(problem.column()).isEqualTo("Date");
            assertThat(problem.value()).isEqualTo("13/04/2026");
            assertThat(problem.reason()).isEqualTo("This is not a date, so this day's rates were not used.");
            assertThat(problem.outcome()).isEqualTo(Outcome.REFERENCE_ROW_NOT_USED);
        });
    }

    @Test
    void aBadNumberLosesOnlyThatCurrencysRateOfThatDay() throws IOException {
        write(HEADER + "2026-04-13,1.l684,186.75,37.728,\n2026-04-10,1.1711,186.43,37.592,\n");

        RatesFolder.Result result = RatesFolder.read(folder, LocalDate.of(2026, 4, 30));

        assertThat(result.rates().rate("USD").date()).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(result.rates().rate("JPY").date()).isEqualTo(LocalDate.of(2026, 4, 13));
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(2);
            assertThat(problem.column()).isEqualTo("USD");
            assertThat(problem.value()).isEqualTo("1.l684");
            assertThat(problem.reason()).startsWith("This rate is not a number. So this day's USD rate was not used");
            assertThat(problem.outcome()).isEqualTo(Outcome.REFERENCE_ROW_NOT_USED);
        });
    }

    @Test
    void anAbsurdNumberInTheEcbFileIsRefusedLikeAnyOther() throws IOException {
        write(HEADER + "2026-04-13,1e308,186.75,37.728,\n2026-04-10,1.1711,186.43,37.592,\n");

        RatesFolder.Result result = RatesFolder.read(folder, LocalDate.of(2026, 4, 30));

        assertThat(result.rates().rate("USD").unitsPerEur()).isEqualByComparingTo("1.1711");
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.column()).isEqualTo("USD");
            assertThat(problem.reason()).startsWith("This rate is not a number we can use");
        });
    }

    @Test
    void aRowCutShortIsNotUsedAtAll() throws IOException {
        write(HEADER + "2026-04-13,1.1684\n2026-04-10,1.1711,186.43,37.592,\n");

        RatesFolder.Result result = RatesFolder.read(folder, LocalDate.of(2026, 4, 30));

        assertThat(result.rates().rate("USD").date()).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(result.rates().rate("THB").date()).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(2);
            assertThat(problem.column()).isEqualTo("JPY");
            assertThat(problem.value()).isEqualTo("2026-04-13,1.1684");
            assertThat(problem.reason()).startsWith("This row ends after 1 of the file's 3 currencies");
            assertThat(problem.outcome()).isEqualTo(Outcome.REFERENCE_ROW_NOT_USED);
        });
    }

    @Test
    void aRowWithMoreValuesThanCurrenciesIsNotUsed() throws IOException {
        write(HEADER + "2026-04-13,1,1684,186.75,37.728,\n2026-04-10,1.1711,186.43,37.592,\n");

        RatesFolder.Result result = RatesFolder.read(folder, LocalDate.of(2026, 4, 30));

        assertThat(result.rates().rate("USD").unitsPerEur()).isEqualByComparingTo("1.1711");
        assertThat(result.problems()).extracting(InputProblem::row, InputProblem::column)
                .containsExactly(tuple(2, null));
    }

    @Test
    void theSameDayTwiceUsesTheUpperRowAndNamesTheLowerOne() throws IOException {
        write(HEADER + "2026-04-13,1.1684,186.75,37.728,\n2026-04-10,1.1711,186.43,37.592,\n2026-04-13,1.2000,190.00,38.000,\n");

        RatesFolder.Result result = RatesFolder.read(folder, LocalDate.of(2026, 4, 30));

        assertThat(result.rates().rate("USD").unitsPerEur()).isEqualByComparingTo("1.1684");
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(4);
            assertThat(problem.column()).isEqualTo("Date");
            assertThat(problem.reason()).isEqualTo("This day is also at row 2, whose rates were used; this row was not.");
        });
    }

    @Test
    void aDayAfterTheReportDateIsLeftForItsOwnMonthWithoutAProblem() throws IOException {
        write(HEADER + "2026-04-10,1.1711,186.43,37.592,\n2026-05-04,1.2,190,38,\n");

        RatesFolder.Result result = RatesFolder.read(folder, LocalDate.of(2026, 4, 30));

        assertThat(result.rates().rate("USD").date()).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void theHeaderRepeatedBelowIsAHeaderNotABadDate() throws IOException {
        write(HEADER + "2026-04-13,1.1684,186.75,37.728,\n" + HEADER + "2026-04-10,1.1711,186.43,37.592,\n");

        assertThat(RatesFolder.read(folder, LocalDate.of(2026, 4, 30)).problems()).isEmpty();
    }

    @Test
    void aRowOfOnlyCommasIsBlankNotABadDate() throws IOException {
        write(HEADER + "2026-04-13,1.1684,186.75,37.728,\n,,,,\n");

        assertThat(RatesFolder.read(folder, LocalDate.of(2026, 4, 30)).problems()).isEmpty();
    }

    @Test
    void aReportDateBeforeTheFilesBeginIsToldApartFromAMissingCurrency() throws IOException {
        write(HEADER + "2026-04-13,1.1684,186.75,37.728,\n2026-04-10,1.1711,186.43,37.592,\n");

        RatesFolder.Result before = RatesFolder.read(folder, LocalDate.of(2026, 3, 31));
        RatesFolder.Result after = RatesFolder.read(folder, LocalDate.of(2026, 4, 30));

        assertThat(before.earliestDate()).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(before.rates().covers("USD")).isFalse();
        assertThat(before.whyNoRate("USD")).isEqualTo("The exchange rates in " + folder + " start on 2026-04-10, after the"
                + " report date 2026-03-31: choose a later month, or put the ECB's full history eurofxref-hist.zip there.");
        assertThat(after.whyNoRate("BRL")).isEqualTo("No exchange rate for BRL on or before 2026-04-30 in " + folder
                + ": choose another --currency or add its rate to extra-rates.csv.");
    }

    @Test
    void aMonthBeforeTheEcbBeganSaysSo() throws IOException {
        Files.copy(ECB, folder.resolve("eurofxref-hist.csv"));

        RatesFolder.Result result = RatesFolder.read(folder, LocalDate.of(1998, 12, 31));

        assertThat(result.rates().all()).isEmpty();
        assertThat(result.earliestDate()).isEqualTo(LocalDate.of(1999, 1, 4));
        assertThat(result.whyNoRate("USD")).isEqualTo("The ECB's reference rates start on 1999-01-04, after the report date"
                + " 1998-12-31: choose a month from 1999-01 on.");
    }

    @Test
    void anEmptyFolderStillAsksForTheEcbFile() throws IOException {
        RatesFolder.Result result = RatesFolder.read(folder, LocalDate.of(2026, 4, 30));

        assertThat(result.earliestDate()).isNull();
        assertThat(result.whyNoRate("USD")).isEqualTo("No exchange rates in " + folder
                + ": put the ECB's eurofxref-hist.zip there and run again.");
    }

    private void write(String content) throws IOException {
        Files.writeString(folder.resolve("eurofxref-hist.csv"), content);
    }
}
