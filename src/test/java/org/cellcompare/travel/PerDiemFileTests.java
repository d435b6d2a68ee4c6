package org.cellcompare.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.cellcompare.support.TestFiles.sheets;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.cellcompare.ingest.InputProblem;
import org.cellcompare.normalize.CountryNames;
import org.cellcompare.support.PerDiemSheets;
import org.cellcompare.support.TestFiles;

/** The State Department's per diem rates as it publishes them: the real April 2026 file, as CSV and as Excel. */
class PerDiemFileTests {

    private static final Path APRIL = Path.of("src/test/resources/travel/foreign-per-diem-2026-04.csv");
    private static final Path MARCH = Path.of("src/test/resources/travel/foreign-per-diem-2026-03.csv");
    private static final String HEADER = "Country,Location,Season Code,Season Start Date,Season End Date,Lodging,"
            + "Meals & Incidentals,Per Diem,Effective Date,Footnote Reference,Location Code,Publication Date";

    private final TravelCountries countries = new TravelCountries(new CountryNames());
    private final List<InputProblem> problems = new ArrayList<>();

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}, {1}, {2}: lodging {3}, M&IE {4}")
    @CsvSource({
            "TH, , 2026-11-30, 99, 63",
            "TH, Pattaya, 2026-11-30, 99, 63",
            "CN, Beijing, 2026-11-30, 255, 142",
            "CN, , 2026-11-30, 170, 98",
            "IN, , 2026-11-30, 196, 92",
            "MX, , 2026-11-30, 141, 120",
            "PA, , 2026-11-30, 84, 58",
    })
    void readsTheCitysRowOrElseTheCountrysOther(String country, String city, LocalDate day, BigDecimal lodging,
                                               BigDecimal meals) {
        PerDiemTable table = PerDiemFile.read(APRIL, "foreign-per-diem-2026-04.csv", countries, problems);

        PerDiemRate rate = table.rateFor(country, city, day).orElseThrow();

        assertThat(rate.lodging()).isEqualByComparingTo(lodging);
        assertThat(rate.meals()).isEqualByComparingTo(meals);
        assertThat(problems).isEmpty();
    }

    @Test
    void readsEveryRowOfTheRealFileWithItsPublicationDate() {
        PerDiemTable table = PerDiemFile.read(APRIL, "foreign-per-diem-2026-04.csv", countries, problems);

        assertThat(table.published()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(table.rates()).as("1,079 rows less the Department's row for places it lists nowhere").hasSize(1_078);
        assertThat(table.rates().stream().map(PerDiemRate::countryCode).distinct().count()).isGreaterThanOrEqualTo(100);
        assertThat(problems).isEmpty();
    }

    @Test
    void aSeasonThatStartsAfterItEndsRunsAcrossTheNewYear() {
        PerDiemTable table = PerDiemFile.read(APRIL, "foreign-per-diem-2026-04.csv", countries, problems);

        PerDiemRate winter = table.rateFor("BS", "Eleuthera Island", LocalDate.of(2026, 12, 20)).orElseThrow();
        PerDiemRate spring = table.rateFor("BS", "Eleuthera Island", LocalDate.of(2027, 2, 1)).orElseThrow();
        PerDiemRate summer = table.rateFor("BS", "Eleuthera Island", LocalDate.of(2026, 7, 1)).orElseThrow();

        assertThat(winter.lodging()).as("S2, 15 November to 16 April").isEqualByComparingTo("276");
        assertThat(spring).isEqualTo(winter);
        assertThat(summer.lodging()).as("S1, 17 April to 14 November").isEqualByComparingTo("213");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "BURMA | MM", "TURKEY | TR", "Bahamas, The | BS", "Korea, South | KR", "Gambia, The | GM",
            "ANTIGUA AND BARBUDA | AG", "Bosnia and Herzegovina | BA", "Falkland Islands (Islas Malvinas) | FK",
            "HONG KONG | HK", "DEMOCRATIC REPUBLIC OF THE CONGO | CD", "DEM. PEOPLE'S REPUBLIC OF KOREA | KP",
            "Micronesia, Federated States of | FM", "CABO VERDE | CV", "THAILAND | TH",
    })
    void mapsTheDepartmentsCountryNames(String name, String code) {
        assertThat(countries.codeOf(name)).isEqualTo(code);
    }

    @Test
    void aNameThatMapsToNoCountryIsOneLineNamingTheFileAndItsFirstRow() throws IOException {
        Path file = csv("ATLANTIS,[Other],S1,2026-01-01,2026-12-31,100.0,50.0,150.0,2020-01-01,,1.0,\"April 1, 2026\"",
                "ATLANTIS,Poseidonia,S1,2026-01-01,2026-12-31,120.0,60.0,180.0,2020-01-01,,2.0,\"April 1, 2026\"",
                "THAILAND,[Other],S1,2026-01-01,2026-12-31,99.0,63.0,162.0,2020-01-01,,3.0,\"April 1, 2026\"");

        PerDiemTable table = PerDiemFile.read(file, "rates.csv", countries, problems);

        assertThat(table.rates()).extracting(PerDiemRate::countryCode).containsExactly("TH");
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("rates.csv");
            assertThat(problem.row()).isEqualTo(2);
            assertThat(problem.value()).isEqualTo("ATLANTIS");
            assertThat(problem.outcome()).isEqualTo(InputProblem.Outcome.TRAVEL_ROW_NOT_USED);
        });
    }

    @Test
    void aRepeatedRowAndAnUnreadableOneAreEachALineAndTheRestIsUsed() throws IOException {
        Path file = csv("THAILAND,[Other],S1,2026-01-01,2026-12-31,99.0,63.0,162.0,2020-01-01,,3.0,\"April 1, 2026\"",
                "THAILAND,[Other],S1,2026-01-01,2026-12-31,500.0,63.0,563.0,2020-01-01,,3.0,\"April 1, 2026\"",
                "THAILAND,Bangkok,S1,2026-01-01,2026-12-31,lots,63.0,162.0,2020-01-01,,4.0,\"April 1, 2026\"",
                "CHINA,Beijing,S1,2026-13-01,2026-12-31,255.0,142.0,397.0,2020-01-01,,5.0,\"April 1, 2026\"");

        PerDiemTable table = PerDiemFile.read(file, "rates.csv", countries, problems);

        assertThat(table.rates()).singleElement().satisfies(rate -> assertThat(rate.lodging()).isEqualByComparingTo("99"));
        assertThat(problems).extracting(InputProblem::row, InputProblem::column, InputProblem::value)
                .containsExactly(tuple(3, "Location", "[Other]"), tuple(4, "Lodging", "lots"),
                        tuple(5, "Season Start Date", "2026-13-01"));
    }

    /** The Excel file as the Department publishes it: dates as dates, amounts as numbers. */
    @Test
    void readsTheExcelFileAsItReadsTheCsv() throws Exception {
        List<List<Object>> rows = PerDiemSheets.excelRows(true);
        Path excel = TestFiles.xlsx(folder.resolve("foreign-per-diem-2026-04.xlsx"), sheets("Per Diem", rows));

        PerDiemTable fromExcel = PerDiemFile.read(excel, "foreign-per-diem-2026-04.xlsx", countries, problems);
        PerDiemTable fromCsv = PerDiemFile.read(APRIL, "foreign-per-diem-2026-04.csv", countries, problems);

        assertThat(fromExcel.rates()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("lodging", "meals")
                .isEqualTo(fromCsv.rates());
        for (int i = 0; i < fromCsv.rates().size(); i++) {
            assertThat(fromExcel.rates().get(i).lodging()).isEqualByComparingTo(fromCsv.rates().get(i).lodging());
            assertThat(fromExcel.rates().get(i).meals()).isEqualByComparingTo(fromCsv.rates().get(i).meals());
        }
        assertThat(fromExcel.published()).isEqualTo(fromCsv.published());
        assertThat(problems).isEmpty();
    }

    @Test
    void ofSeveralPublicationsTheNewestWins() {
        PerDiemTable march = PerDiemFile.read(MARCH, "foreign-per-diem-2026-03.csv", countries, problems);
        PerDiemTable april = PerDiemFile.read(APRIL, "foreign-per-diem-2026-04.csv", countries, problems);

        assertThat(PerDiemTable.newest(List.of(april, march))).contains(april);
        assertThat(PerDiemTable.newest(List.of(march, april))).contains(april);
    }

    @Test
    void aNewerFileWithoutOneUsableRowLeavesTheOlderInUse() throws IOException {
        PerDiemTable april = PerDiemFile.read(APRIL, "foreign-per-diem-2026-04.csv", countries, problems);
        Path broken = Files.writeString(folder.resolve("foreign-per-diem-2026-05.csv"), HEADER + "\n"
                + "THAILAND,[Other],S1,2026-01-01,2026-12-31,ninety-nine,63.0,162.0,2024-01-01,,11882.0,\"May 1, 2026\"\n");
        PerDiemTable may = PerDiemFile.read(broken, "foreign-per-diem-2026-05.csv", countries, problems);

        assertThat(may.rates()).isEmpty();
        assertThat(problems).singleElement().satisfies(problem -> assertThat(problem.value()).isEqualTo("ninety-nine"));
        assertThat(PerDiemTable.newest(List.of(may, april))).contains(april);
    }

    @Test
    void aFileWithoutThePerDiemColumnsIsOneLineAndIsNotUsed() throws IOException {
        Path page = Files.writeString(folder.resolve("per-diem.csv"), "<html><body>Service unavailable</body></html>\n");

        assertThat(PerDiemFile.read(page, "per-diem.csv", countries, problems)).isNull();
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("per-diem.csv");
            assertThat(problem.reason()).contains("does not name the per diem columns");
        });
    }

    @Test
    void theColumnNamesOfOtherMonthsAndAFileWithoutPublicationDatesAreReadAndDatedByTheFileName() throws IOException {
        Path department = Files.writeString(folder.resolve("May2026PD.csv"), """
                Country Name,Location Name,Season Begin,Season End,Lodging Rate,Meal & Incidentals
                THAILAND,[Other],01/01,12/31,101,64
                """.replace("01/01", "2026-01-01").replace("12/31", "2026-12-31"));

        PerDiemTable may = PerDiemFile.read(department, "travel/May2026PD.csv", countries, problems);
        PerDiemTable april = PerDiemFile.read(APRIL, "travel/foreign-per-diem-2026-04.csv", countries, problems);

        assertThat(problems).isEmpty();
        assertThat(may.rateFor("TH", null, LocalDate.of(2026, 11, 30)).orElseThrow().lodging()).isEqualByComparingTo("101");
        assertThat(may.published()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(PerDiemTable.newest(List.of(april, may))).contains(may);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "-", value = {
            "April2026PD.xls, 2026-04-01",
            "foreign-per-diem-2026-11.xlsx, 2026-11-01",
            "per diem december 2025.csv, 2025-12-01",
            "foreign-per-diem-2026-13.csv, -",
            "per-diem.csv, -",
    })
    void aFilesNameDatesItWhenItsRowsDoNot(String name, LocalDate published) {
        assertThat(PerDiemFile.publishedIn(Path.of(name))).isEqualTo(published);
    }

    private Path csv(String... rows) throws IOException {
        return Files.writeString(folder.resolve("rates.csv"), HEADER + "\n" + String.join("\n", rows) + "\n");
    }
}
