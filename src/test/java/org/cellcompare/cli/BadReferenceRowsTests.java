package org.cellcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.cellcompare.support.TestFiles.row;
import static org.cellcompare.support.TestFiles.sheets;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.cellcompare.support.OpenedWorkbook;
import org.cellcompare.support.TestFiles;

/**
 * A month whose rate files and registry export hold bad rows, a shuffled ECB history among them:
 * the workbook is written, each bad row is a line of Input problems, the rates used are the newest,
 * and every offering is still there.
 */
class BadReferenceRowsTests {

    private static final Path ECB = Path.of("src/test/resources/fixtures/ecb/eurofxref-hist.csv");

    @TempDir
    Path folder;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void badRowsInRatesAndRegistryAreInputProblemsAndTheMonthGoesOnWithTheRest() throws Exception {
        Path input = folder.resolve("input");
        Path output = folder.resolve("output");
        TestFiles.xlsx(input.resolve("offerings/offers.xlsx"), sheets("Offers", List.of(
                row("Provider", "Country", "Program", "Price", "Cell source", "Route", "Registration", "Last verified"),
                row("Saigon Cell Clinic", "Vietnam", "Neuro", "VND 250,000,000", "UC-MSC", "IV", "", "2026-10-01"),
                row("Bogota Cell Clinic", "Colombia", "Neuro", "COP 44,102,500", "UC-MSC", "IV", "", "2026-10-01"),
                row("Bangkok Cell Clinic", "Thailand", "Neuro", "THB 375,920", "UC-MSC", "IV", "", "2026-10-01"),
                row("Vinmec", "Vietnam", "BMMNC study", "", "bone-marrow mononuclear cells", "intrathecal", "NCT02569775", "2026-10-01"),
                row("Trial Hospital", "United States", "Cord blood study", "", "autologous cord blood", "IV", "NCT04512345", "2026-10-01"))));
        int[] ecbRows = shuffledEcbHistory(input.resolve("rates/eurofxref-hist.csv"));
        TestFiles.text(input.resolve("rates/extra-rates.csv"), String.join("\r\n",
                "currency,units_per_eur,date,source",
                "VND,30750,2026-04-10,\"Source, with commas\"",
                "IDR,abc,2026-04-10,a text rate",
                "KRW,1e308,2026-04-10,an absurd rate",
                "PEN,21.5,10/04/2026,a date as Excel writes it",
                "ARS,1200",
                "XYZ,5,2026-04-10,no such currency",
                "VND,99999,2026-04-10,the same day again",
                "COP,4410.25,2026-04-10,Banco de la Republica",
                "COP,4500,2027-01-05,a later month's rate") + "\r\n",
                StandardCharsets.UTF_8, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        Files.createDirectories(input.resolve("registry"));
        Files.writeString(input.resolve("registry/ctg.csv"), String.join("\n",
                "NCT Number,Study Title,Study URL,Study Status,Conditions,Phases,Enrollment,Sponsor",
                "NCT02569775,Autologous BMMNC for CP,https://clinicaltrials.gov/study/NCT02569775,COMPLETED,Cerebral Palsy,PHASE2,40,Vinmec",
                ",No number,,RECRUITING,Cerebral Palsy,PHASE1,10,Someone",
                "NCT123,Malformed,,RECRUITING,Cerebral Palsy,PHASE1,10,Someone",
                "NCT04512345," + "Cord blood ".repeat(10_000) + ",,RECRUITING,Cerebral Palsy,PHASE2,forty,Trial Hospital",
                "NCT05099999,Cut short,,RECRUITING",
                "NCT02569775,Again,,RECRUITING,Autism,PHASE1,10,Other") + "\n");

        int status = run("--input=" + input, "--output=" + output, "--month=2026-11");

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(ExitCode.WRITTEN.code());
        Path workbook = output.resolve("cellcompare-2026-11.xlsx");
        assertThat(workbook).exists();
        try (OpenedWorkbook book = OpenedWorkbook.open(workbook)) {
            List<Map<String, String>> problems = book.table("Input problems");
            assertProblem(problems, "rates/extra-rates.csv", 3, "units_per_eur", "This rate is not a number.");
            assertProblem(problems, "rates/extra-rates.csv", 4, "units_per_eur", "This rate is not a number we can use");
            assertProblem(problems, "rates/extra-rates.csv", 5, "date", "This is not a date");
            assertProblem(problems, "rates/extra-rates.csv", 6, "date", "This row has only 2 of the 3 columns");
            assertProblem(problems, "rates/extra-rates.csv", 7, "currency", "XYZ is not an ISO 4217 currency code.");
            assertProblem(problems, "rates/extra-rates.csv", 8, "currency", "VND has another rate for 2026-04-10 at row 2");
            assertProblem(problems, "rates/eurofxref-hist.csv", ecbRows[0], "THB", "This rate is not a number.");
            assertProblem(problems, "rates/eurofxref-hist.csv", ecbRows[1], "Date", "This is not a date");
            assertProblem(problems, "rates/eurofxref-hist.csv", ecbRows[2], "JPY", "This row ends after 1 of the file's");
            assertProblem(problems, "registry/ctg.csv", 3, "NCT Number", "This row has no NCT number");
            assertProblem(problems, "registry/ctg.csv", 4, "NCT Number", "This is not an NCT number");
            assertProblem(problems, "registry/ctg.csv", 6, "Conditions", "This row ends after 4 of the export's 8 columns");
            assertProblem(problems, "registry/ctg.csv", 7, "NCT Number", "NCT02569775 is also at row 2 of this file");
            assertThat(problems).filteredOn(p -> p.get("File").equals("registry/ctg.csv") && p.get("Row").equals("5"))
                    .extracting(p -> p.get("Column"), p -> p.get("Outcome"))
                    .containsExactlyInAnyOrder(tuple("Study Title", "Row kept, note"),
                            tuple("Enrollment", "Row kept, value ignored"));
            assertThat(problems).filteredOn(p -> p.get("File").startsWith("rates/") || p.get("File").startsWith("registry/"))
                    .hasSize(15);

            assertRate(book, "USD", 1.1684, "2026-04-13", "ECB");
            assertRate(book, "THB", 37.592, "2026-04-10", "ECB");
            assertRate(book, "VND", 30750, "2026-04-10", "Source, with commas");
            assertRate(book, "COP", 4410.25, "2026-04-10", "Banco de la Republica");

            List<Map<String, String>> clinics = book.table("Commercial clinics");
            assertThat(clinics).extracting(c -> c.get("Provider"))
                    .containsExactlyInAnyOrder("Saigon Cell Clinic", "Bogota Cell Clinic", "Bangkok Cell Clinic");
            assertThat(clinics).allSatisfy(clinic -> assertThat(clinic.get("Flags")).doesNotContain("NO_EXCHANGE_RATE"));
            assertThat(courseCost(book, "Saigon Cell Clinic")).isEqualTo(9499.19);
            assertThat(courseCost(book, "Bogota Cell Clinic")).isEqualTo(11684.0);
            assertThat(courseCost(book, "Bangkok Cell Clinic")).isEqualTo(11684.0);
            assertThat(book.table("Registered trials")).extracting(t -> t.get("Provider"))
                    .containsExactlyInAnyOrder("Vinmec", "Trial Hospital");
            assertThat(book.table("Registered trials")).allSatisfy(trial ->
                    assertThat(trial.get("Registry check")).contains("found in the registry"));
            assertThat(book.lines("Summary")).contains("Rows read (5) = ranked (5) + left out (0) + merged duplicates (0).");
        }
    }

    /**
     * The ECB's history in random order, with three bad rows: THB unreadable on the newest day,
     * and, appended at the bottom, a bad date and a newer day cut short. Returns their rows.
     */
    private static int[] shuffledEcbHistory(Path file) throws Exception {
        List<String> lines = Files.readAllLines(ECB);
        List<String> days = new ArrayList<>(lines.subList(1, lines.size()));
        Collections.shuffle(days, new Random(25));
        int newest = -1;
        for (int i = 0; i < days.size(); i++) {
            if (days.get(i).startsWith("2026-04-13,")) {
                days.set(i, days.get(i).replace(",37.728,", ",37.72B,"));
                newest = i;
            }
        }
        assertThat(days.get(newest)).contains("37.72B");
        days.add("2026-13-01,1.2,190,N/A");
        days.add("2026-04-14,1.1700");
        Files.createDirectories(file.getParent());
        Files.writeString(file, lines.get(0) + "\n" + String.join("\n", days) + "\n");
        return new int[] {newest + 2, days.size(), days.size() + 1};
    }

    private static void assertProblem(List<Map<String, String>> problems, String file, int row, String column, String reason) {
        assertThat(problems).as("%s row %d", file, row)
                .filteredOn(p -> p.get("File").equals(file) && p.get("Row").equals(String.valueOf(row)))
                .singleElement().satisfies(p -> {
                    assertThat(p.get("Column")).isEqualTo(column);
                    assertThat(p.get("Reason")).contains(reason);
                    assertThat(p.get("How to fix")).isNotBlank();
                    assertThat(p.get("Outcome")).isEqualTo("Rate or registry row not used");
                });
    }

    private static void assertRate(OpenedWorkbook book, String currency, double unitsPerEur, String date, String source) {
        var rate = book.rowWhere("Exchange rates", "Currency", currency);
        assertThat(book.cell("Exchange rates", rate, "Units per euro").getNumericCellValue()).as(currency).isEqualTo(unitsPerEur);
        assertThat(book.cell("Exchange rates", rate, "Rate date").getLocalDateTimeCellValue().toLocalDate()).as(currency)
                .hasToString(date);
        assertThat(book.text(book.cell("Exchange rates", rate, "Source"))).as(currency).startsWith(source);
    }

    private static double courseCost(OpenedWorkbook book, String provider) {
        var clinic = book.rowWhere("Commercial clinics", "Provider", provider);
        return book.cell("Commercial clinics", clinic, "Course cost (USD)").getNumericCellValue();
    }

    private int run(String... args) {
        err.reset();
        return new CommandLine(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }
}
