package org.cellcompare.rates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.cellcompare.ingest.InputProblem;
import org.cellcompare.ingest.InputProblem.Outcome;
import org.cellcompare.support.TestFiles;

/** extra-rates.csv written by hand: every row that cannot be used is one line, and the others are used. */
class ExtraRatesTests {

    private static final LocalDate REPORT_DATE = LocalDate.of(2026, 11, 30);
    private static final String HEADER = "currency,units_per_eur,date,source\n";
    private static final String GOOD_ROW = "COP,4410.25,2026-04-10,Banco de la Republica\n";

    @TempDir
    Path folder;

    static Stream<Arguments> rowsThatCannotBeUsed() {
        return Stream.of(
                Arguments.of("VND,abc,2026-04-10,typo", "units_per_eur", "abc", "This rate is not a number."),
                Arguments.of("VND,0,2026-04-10,zero", "units_per_eur", "0", "A rate must be more than zero."),
                Arguments.of("VND,-30750,2026-04-10,negative", "units_per_eur", "-30750", "A rate must be more than zero."),
                Arguments.of("VND,1e308,2026-04-10,absurd", "units_per_eur", "1e308", "This rate is not a number we can use"),
                Arguments.of("VND,0.00000001,2026-04-10,absurd", "units_per_eur", "0.00000001", "This rate is not a number we can use"),
                Arguments.of("VND,,2026-04-10,blank", "units_per_eur", "", "There is no rate."),
                Arguments.of("VND,30750,10/04/2026,Excel's date", "date", "10/04/2026", "This is not a date written as year-month-day"),
                Arguments.of("VND,30750,2026-02-30,no such day", "date", "2026-02-30", "This is not a date written as year-month-day"),
                Arguments.of("VND,30750", "date", "VND,30750", "This row has only 2 of the 3 columns it needs, so it has no date."),
                Arguments.of("Dong,30750,2026-04-10,name", "currency", "Dong", "This is not a currency code"),
                Arguments.of("VN,30750,2026-04-10,two letters", "currency", "VN", "This is not a currency code"),
                Arguments.of("XYZ,30750,2026-04-10,made up", "currency", "XYZ", "XYZ is not an ISO 4217 currency code."),
                Arguments.of("EUR,1.5,2026-04-10,the base", "currency", "EUR", "the euro itself needs no rate"),
                Arguments.of(",30750,2026-04-10,no code", "currency", "", "There is no currency code."));
    }

    @ParameterizedTest
    @MethodSource("rowsThatCannotBeUsed")
    void aRowThatCannotBeUsedIsOneProblemAndTheOtherRowsAreUsed(String row, String column, String value, String reason)
            throws IOException {
        write(HEADER + GOOD_ROW + row + "\n" + "PAB,1.1711,2026-04-10,pegged\n");

        RatesFolder.Result result = RatesFolder.read(folder, REPORT_DATE);

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("rates/extra-rates.csv");
            assertThat(problem.row()).isEqualTo(3);
            assertThat(problem.column()).isEqualTo(column);
            assertThat(problem.value()).isEqualTo(value);
            assertThat(problem.reason()).contains(reason);
            assertThat(problem.fix()).isNotBlank();
            assertThat(problem.outcome()).isEqualTo(Outcome.REFERENCE_ROW_NOT_USED);
        });
        assertThat(result.rates().rate("COP").unitsPerEur()).isEqualByComparingTo("4410.25");
        assertThat(result.rates().rate("PAB").unitsPerEur()).isEqualByComparingTo("1.1711");
        assertThat(result.rates().covers("VND")).isFalse();
    }

    @Test
    void aRateOutsideTheBoundsNeverReachesTheRateColumn() throws IOException {
        write(HEADER + "VND,99999999999999999999999,2026-04-10,over DECIMAL(30,10)\n"
                + "IDR,18000.123456789012345,2026-04-10,more decimals than the column keeps\n");

        RatesFolder.Result result = RatesFolder.read(folder, REPORT_DATE);

        assertThat(result.problems()).extracting(InputProblem::row).containsExactly(2);
        BigDecimal idr = result.rates().rate("IDR").unitsPerEur();
        assertThat(idr.scale()).isEqualTo(UnitsPerEur.SCALE);
        assertThat(idr).isEqualByComparingTo("18000.1234567890");
        assertThat(idr.precision()).isLessThanOrEqualTo(30);
    }

    @Test
    void aCurrencyCodeInLowerCaseOrWithSpacesIsForgiven() throws IOException {
        write(HEADER + " vnd , 30750 , 2026-04-10 , State Bank of Vietnam \n");

        RatesFolder.Result result = RatesFolder.read(folder, REPORT_DATE);

        assertThat(result.problems()).isEmpty();
        assertThat(result.rates().rate("VND")).isEqualTo(new Rate("VND", new BigDecimal("30750"), LocalDate.of(2026, 4, 10),
                "State Bank of Vietnam"));
    }

    @Test
    void aRateDatedAfterTheReportDateBelongsToALaterMonthAndIsPassedOverWithoutAProblem() throws IOException {
        write(HEADER + "VND,30750,2026-04-10,April\nVND,31000,2026-12-01,December\n");

        RatesFolder.Result result = RatesFolder.read(folder, REPORT_DATE);

        assertThat(result.problems()).isEmpty();
        assertThat(result.rates().rate("VND").source()).isEqualTo("April");
    }

    @Test
    void theNewestRateOfACurrencyWinsWhateverTheRowOrder() throws IOException {
        write(HEADER + "VND,30500,2026-03-10,March\nVND,30750,2026-04-10,April\nVND,30600,2026-03-25,late March\n");

        RatesFolder.Result result = RatesFolder.read(folder, REPORT_DATE);

        assertThat(result.problems()).isEmpty();
        assertThat(result.rates().rate("VND").source()).isEqualTo("April");
    }

    @Test
    void twoRatesOfOneCurrencyForTheSameDayUseTheUpperRowAndNameTheLowerOne() throws IOException {
        write(HEADER + "VND,30750,2026-04-10,first\n" + GOOD_ROW + "VND,31750,2026-04-10,second\n");

        RatesFolder.Result result = RatesFolder.read(folder, REPORT_DATE);

        assertThat(result.rates().rate("VND").source()).isEqualTo("first");
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(4);
            assertThat(problem.column()).isEqualTo("currency");
            assertThat(problem.value()).isEqualTo("VND");
            assertThat(problem.reason()).isEqualTo("VND has another rate for 2026-04-10 at row 2; the row nearer the top is"
                    + " the one used for that day.");
            assertThat(problem.outcome()).isEqualTo(Outcome.REFERENCE_ROW_NOT_USED);
        });
    }

    @Test
    void aQuotedSourceKeepsItsCommas() throws IOException {
        write(HEADER + "VND,30750,2026-04-10,\"Source, with commas\"\n");

        RatesFolder.Result result = RatesFolder.read(folder, REPORT_DATE);

        assertThat(result.problems()).isEmpty();
        assertThat(result.rates().rate("VND").source()).isEqualTo("Source, with commas");
    }

    @Test
    void cellsBeyondTheHeaderAreTheRestOfAnUnquotedSourceAndSaySo() throws IOException {
        write(HEADER + "VND,30750,2026-04-10,State Bank, Hanoi\n");

        RatesFolder.Result result = RatesFolder.read(folder, REPORT_DATE);

        assertThat(result.rates().rate("VND").source()).isEqualTo("State Bank, Hanoi");
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(2);
            assertThat(problem.column()).isEqualTo("source");
            assertThat(problem.value()).isEqualTo("Hanoi");
            assertThat(problem.reason()).contains("more cells than the header").contains("rest of the source");
            assertThat(problem.outcome()).isEqualTo(Outcome.NOTE);
        });
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsReadAsPlainText() throws IOException {
        TestFiles.text(folder.resolve("extra-rates.csv"), (HEADER + "VND,30750,2026-04-10,\"State Bank, Hanoi\"\n" + GOOD_ROW)
                .replace("\n", "\r\n"), StandardCharsets.UTF_8, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF);

        RatesFolder.Result result = RatesFolder.read(folder, REPORT_DATE);

        assertThat(result.problems()).isEmpty();
        assertThat(result.rates().rate("VND").source()).isEqualTo("State Bank, Hanoi");
        assertThat(result.rates().rate("COP").source()).isEqualTo("Banco de la Republica");
    }

    @Test
    void withoutAHeaderTheDocumentedOrderIsUsed() throws IOException {
        write("VND,30750,2026-04-10,State Bank of Vietnam\n" + GOOD_ROW);

        RatesFolder.Result result = RatesFolder.read(folder, REPORT_DATE);

        assertThat(result.problems()).isEmpty();
        assertThat(result.rates().rate("VND").unitsPerEur()).isEqualByComparingTo("30750");
        assertThat(result.rates().rate("COP").unitsPerEur()).isEqualByComparingTo("4410.25");
    }

    @Test
    void headerNamesAreMatchedInAnyCaseSpacingAndOrder() throws IOException {
        write("Date;Currency Code;Units per EUR;Source\n2026-04-10;VND;30750;SBV\n");

        RatesFolder.Result result = RatesFolder.read(folder, REPORT_DATE);

        assertThat(result.problems()).isEmpty();
        assertThat(result.rates().rate("VND").unitsPerEur()).isEqualByComparingTo("30750");
    }

    @Test
    void aMisspelledHeaderNameIsReadByItsDocumentedPlaceAndSaysSo() throws IOException {
        write("currency,unit_per_euro,date,source,comment\nVND,30750,2026-04-10,SBV,checked\n");

        RatesFolder.Result result = RatesFolder.read(folder, REPORT_DATE);

        assertThat(result.rates().rate("VND").unitsPerEur()).isEqualByComparingTo("30750");
        assertThat(result.problems()).satisfiesExactly(misspelled -> {
            assertThat(misspelled.row()).isEqualTo(1);
            assertThat(misspelled.column()).isEqualTo("unit_per_euro");
            assertThat(misspelled.reason()).isEqualTo("'unit_per_euro' is not a column name CellCompare knows, so it was read as"
                    + " units_per_eur, as the documented order (currency, units_per_eur, date, source) has it.");
            assertThat(misspelled.outcome()).isEqualTo(Outcome.NOTE);
        }, unknown -> {
            assertThat(unknown.column()).isEqualTo("comment");
            assertThat(unknown.outcome()).isEqualTo(Outcome.COLUMN_NOT_USED);
        });
    }

    @Test
    void aHeaderWithoutARequiredColumnIsOneProblemForTheFile() throws IOException {
        write("currency,date,source\nVND,2026-04-10,SBV\n");

        RatesFolder.Result result = RatesFolder.read(folder, REPORT_DATE);

        assertThat(result.rates().covers("VND")).isFalse();
        assertThat(result.filesRead()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isNull();
            assertThat(problem.reason()).isEqualTo("The header has no units_per_eur column, so no rate in this file was used.");
            assertThat(problem.outcome()).isEqualTo(Outcome.FILE_NOT_READ);
        });
    }

    @Test
    void aQuoteNeverClosedStopsTheReadingThereAndTheRowsAboveAreUsed() throws IOException {
        write(HEADER + GOOD_ROW + "VND,30750,2026-04-10,\"State Bank\n");

        RatesFolder.Result result = RatesFolder.read(folder, REPORT_DATE);

        assertThat(result.rates().covers("COP")).isTrue();
        assertThat(result.rates().covers("VND")).isFalse();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(3);
            assertThat(problem.reason()).startsWith("Reading stopped here");
            assertThat(problem.outcome()).isEqualTo(Outcome.REFERENCE_ROW_NOT_USED);
        });
    }

    @Test
    void aLongSourceIsCutToWhatTheRateTableKeepsAndSaysSo() throws IOException {
        write(HEADER + "VND,30750,2026-04-10," + "x".repeat(100_000) + "\n");

        RatesFolder.Result result = RatesFolder.read(folder, REPORT_DATE);

        assertThat(result.rates().rate("VND").source()).hasSize(Rate.MAX_SOURCE_LENGTH);
        assertThat(result.problems()).extracting(InputProblem::outcome).containsExactly(Outcome.NOTE);
    }

    @Test
    void everyBadRowOfOneFileIsItsOwnLine() throws IOException {
        write(HEADER + "VND,abc,2026-04-10,a\n" + GOOD_ROW + "IDR,0,2026-04-10,b\nTHB,,\nKRW,1e308,2026-04-10,c\n");

        List<InputProblem> problems = RatesFolder.read(folder, REPORT_DATE).problems();

        assertThat(problems).extracting(InputProblem::row).containsExactly(2, 4, 5, 6);
    }

    private void write(String content) throws IOException {
        Files.writeString(folder.resolve("extra-rates.csv"), content);
    }
}
