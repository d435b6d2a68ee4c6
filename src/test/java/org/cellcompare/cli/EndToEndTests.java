package org.cellcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cellcompare.support.TestFiles.row;
import static org.cellcompare.support.TestFiles.sheets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import org.cellcompare.config.Version;
import org.cellcompare.support.LoopbackServer;
import org.cellcompare.support.OpenedWorkbook;
import org.cellcompare.support.ReferenceAnswers;
import org.cellcompare.support.TestFiles;

/**
 * The command line as a user runs it, in this JVM: on the shipped sample and on small inputs
 * built for one behaviour each, then the workbook opened with POI.
 */
@ExtendWith(OutputCaptureExtension.class)
class EndToEndTests {

    @TempDir
    Path folder;

    Path input;
    Path output;
    private InProcessRun command;

    @BeforeEach
    void folders() throws Exception {
        input = folder.resolve("input");
        output = folder.resolve("output");
        command = new InProcessRun(input, output);
    }

    @Test
    void runsTheSampleThenRefusesToRunTheFinishedMonthAgainUnlessAsked() throws Exception {
        TestFiles.copySample(input);

        assertThat(run("--month=2026-11")).isEqualTo(ExitCode.WRITTEN.code());
        Path workbook = output.resolve("cellcompare-2026-11.xlsx");
        assertThat(workbook).exists();

        assertThat(run("--month=2026-11")).isEqualTo(ExitCode.ALREADY_RUN.code());
        assertThat(stderr()).contains("already been run").contains("--rerun");

        assertThat(run("--month=2026-11", "--rerun")).isEqualTo(ExitCode.WRITTEN.code());
        try (OpenedWorkbook book = OpenedWorkbook.open(workbook)) {
            assertThat(book.table("Registered trials")).hasSize(9);
            assertThat(book.table("Commercial clinics")).hasSize(31);
        }
    }

    @Test
    void reportsInAnyCurrencyTheRatesCover() throws Exception {
        TestFiles.copySample(input);

        assertThat(run("--month=2026-11", "--currency=eur")).isEqualTo(ExitCode.WRITTEN.code());

        try (OpenedWorkbook book = OpenedWorkbook.open(output.resolve("cellcompare-2026-11.xlsx"))) {
            assertThat(book.headers("Commercial clinics")).contains("Course cost (EUR)", "Cost range (EUR)");
            var kyiv = book.rowWhere("Commercial clinics", "Provider", "Kyiv Cell Institute");
            assertThat(book.cell("Commercial clinics", kyiv, "Course cost (EUR)").getNumericCellValue()).isEqualTo(9800.0);
        }
    }

    @Test
    void writesTheWorkbookInSpanish() throws Exception {
        TestFiles.copySample(input);

        assertThat(run("--month=2026-11", "--locale=es")).isEqualTo(ExitCode.WRITTEN.code());

        try (OpenedWorkbook book = OpenedWorkbook.open(output.resolve("cellcompare-2026-11.xlsx"))) {
            assertThat(book.sheetNames()).containsExactly("Léame primero", "Comparar ofertas", "Resumen", "Ensayos registrados",
                    "Clínicas comerciales", "Cambios", "Señales explicadas", "Problemas en los datos", "Tipos de cambio",
                    "Costos de estancia");
            assertThat(book.headers("Clínicas comerciales")).contains("Posición", "Proveedor", "Costo del tratamiento (USD)",
                    "Por qué esta posición");
            var vinmec = book.rowWhere("Ensayos registrados", "Registro", "NCT02569775");
            assertThat(book.text(book.cell("Ensayos registrados", vinmec, "País"))).isEqualTo("Vietnam");
            assertThat(book.text(book.cell("Ensayos registrados", vinmec, "Estado del ensayo"))).isEqualTo("Terminado");
            assertThat(book.text(book.cell("Ensayos registrados", vinmec, "Por qué esta posición")))
                    .startsWith("Preocupación moderada").contains("El ensayo ya cerró");
            assertThat(book.lines("Léame primero").get(0)).startsWith("CellCompare 2026-11: ofertas de terapia");
            for (String sheet : book.sheetNames()) {
                assertThat(book.lines(sheet)).as(sheet).noneSatisfy(line -> assertThat(line).containsPattern("\\{\\d}"));
            }
        }
    }

    @Test
    void pointsOverriddenOnTheCommandLineChangeTheRanking() throws Exception {
        TestFiles.copySample(input);
        Path defaults = folder.resolve("defaults");
        Path stricter = folder.resolve("stricter");

        assertThat(run("--month=2026-11", "--output=" + defaults)).isEqualTo(ExitCode.WRITTEN.code());
        assertThat(run("--month=2026-11", "--output=" + stricter, "--cellcompare.concern.points.INTRATHECAL_ROUTE=40"))
                .isEqualTo(ExitCode.WRITTEN.code());

        try (OpenedWorkbook before = OpenedWorkbook.open(defaults.resolve("cellcompare-2026-11.xlsx"));
             OpenedWorkbook after = OpenedWorkbook.open(stricter.resolve("cellcompare-2026-11.xlsx"))) {
            assertThat(rankOf(before, "Delhi Advanced Stem Cell Institute")).isEqualTo(2);
            assertThat(rankOf(after, "Delhi Advanced Stem Cell Institute")).isGreaterThan(10);
            assertThat(concernOf(after, "Delhi Advanced Stem Cell Institute")).isEqualTo("Very high concern");
            assertThat(after.table("Flags explained")).anySatisfy(flag -> {
                assertThat(flag.get("Code")).isEqualTo("INTRATHECAL_ROUTE");
                assertThat(flag.get("Points")).isEqualTo("40");
            });
        }
    }

    @Test
    void twoRunsOnTheSameInputGiveIdenticalRankedSheets() throws Exception {
        TestFiles.copySample(input);
        Path first = folder.resolve("first");
        Path second = folder.resolve("second");

        assertThat(run("--month=2026-11", "--output=" + first)).isEqualTo(ExitCode.WRITTEN.code());
        assertThat(run("--month=2026-11", "--output=" + second)).isEqualTo(ExitCode.WRITTEN.code());

        try (OpenedWorkbook a = OpenedWorkbook.open(first.resolve("cellcompare-2026-11.xlsx"));
             OpenedWorkbook b = OpenedWorkbook.open(second.resolve("cellcompare-2026-11.xlsx"))) {
            for (String sheet : List.of("Registered trials", "Commercial clinics")) {
                assertThat(b.table(sheet)).as(sheet).isEqualTo(a.table(sheet));
            }
        }
    }

    private static int rankOf(OpenedWorkbook book, String provider) {
        return Integer.parseInt(book.text(book.cell("Commercial clinics",
                book.rowWhere("Commercial clinics", "Provider", provider), "Rank")));
    }

    private static String concernOf(OpenedWorkbook book, String provider) {
        return book.text(book.cell("Commercial clinics", book.rowWhere("Commercial clinics", "Provider", provider), "Concern"));
    }

    @Test
    void theAgeAtWhichRatesCountAsOldIsASetting() throws Exception {
        TestFiles.copySample(input);

        assertThat(run("--month=2026-04", "--cellcompare.rates.max-age-days=30")).isEqualTo(ExitCode.WRITTEN.code());

        try (OpenedWorkbook book = OpenedWorkbook.open(output.resolve("cellcompare-2026-04.xlsx"))) {
            assertThat(book.lines("Summary")).contains("Exchange rates of | 2026-04-13")
                    .noneSatisfy(line -> assertThat(line).startsWith("Warning"));
        }
    }

    @Test
    void aFileThatCannotBeReadIsOneProblemAndTheOtherFilesStillRun() throws Exception {
        Files.createDirectories(input.resolve("offerings"));
        TestFiles.copyTree(Path.of("input/rates"), input.resolve("rates"));
        TestFiles.xlsx(input.resolve("offerings/good.xlsx"), sheets("Clinics", List.of(
                row("Provider", "Country", "Price", "Cell source", "Route", "Last verified"),
                row("Good Clinic", "Thailand", "฿300,000", "UC-MSC", "IV", "2026-10-01"),
                row("", "", "$9,000"))));
        Files.write(input.resolve("offerings/broken.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});
        Files.writeString(input.resolve("offerings/notes.pdf"), "%PDF-1.4 minutes of the meeting");

        assertThat(run("--month=2026-11")).isEqualTo(ExitCode.WRITTEN.code());

        try (OpenedWorkbook book = OpenedWorkbook.open(output.resolve("cellcompare-2026-11.xlsx"))) {
            assertThat(book.table("Commercial clinics")).extracting(r -> r.get("Provider")).containsExactly("Good Clinic");
            List<Map<String, String>> problems = book.table("Input problems");
            assertThat(problems).filteredOn(p -> p.get("File").equals("broken.xlsx")).singleElement()
                    .satisfies(p -> assertThat(p.get("Outcome")).isEqualTo("File not read"));
            assertThat(problems).filteredOn(p -> p.get("File").equals("notes.pdf")).singleElement()
                    .satisfies(p -> assertThat(p.get("Reason")).contains("not a spreadsheet"));
            assertThat(problems).filteredOn(p -> p.get("File").equals("good.xlsx")).singleElement().satisfies(p -> {
                assertThat(p.get("Sheet")).isEqualTo("Clinics");
                assertThat(p.get("Row")).isEqualTo("3");
                assertThat(p.get("Outcome")).isEqualTo("Row left out");
            });
            assertThat(book.lines("Summary")).contains("Rows read (2) = ranked (1) + left out (1) + merged duplicates (0).");
        }
        assertThat(Files.readAllBytes(input.resolve("offerings/broken.xlsx"))).hasSize(8);
    }

    @Test
    void withoutRatesTheRunStopsWithOneSentence() throws Exception {
        Files.createDirectories(input.resolve("offerings"));

        int status = run("--month=2026-11");

        assertThat(status).isEqualTo(ExitCode.RUN_FAILED.code());
        assertThat(stderr().strip()).startsWith("No exchange rates in").doesNotContain("Exception").hasLineCount(1);
        assertThat(output.resolve("cellcompare-2026-11.xlsx")).doesNotExist();
    }

    @Test
    void aSettingWithAValueOfTheWrongKindIsNamedInOneSentence() throws Exception {
        TestFiles.copySample(input);

        int status = run("--month=2026-11", "--cellcompare.ingest.chunk-size=many");

        assertThat(status).isEqualTo(ExitCode.RUN_FAILED.code());
        assertThat(stderr().strip()).hasLineCount(1).contains("cellcompare.ingest.chunk-size", "many")
                .doesNotContain("Exception");
    }

    @Test
    void debugAddsTheStackTraceBehindTheSentence() throws Exception {
        Files.createDirectories(input.resolve("offerings"));

        int status = run("--month=2026-11", "--debug");

        assertThat(status).isEqualTo(ExitCode.RUN_FAILED.code());
        assertThat(stderr()).contains("RunAbortedException", "\tat org.cellcompare.");
        assertThat(stderr().strip().lines().reduce((first, last) -> last)).hasValueSatisfying(
                last -> assertThat(last).startsWith("No exchange rates in"));
    }

    @Test
    void readMeFirstNamesTheVersionTheRunDateAndTheDatesOfItsData() throws Exception {
        TestFiles.copySample(input);
        LocalDate exportSaved = LocalDate.of(2026, 10, 5);
        Files.setLastModifiedTime(input.resolve("registry/ctg-studies.csv"),
                FileTime.from(exportSaved.atStartOfDay(ZoneId.systemDefault()).toInstant()));

        assertThat(run("--month=2026-11")).isEqualTo(ExitCode.WRITTEN.code());

        try (OpenedWorkbook book = OpenedWorkbook.open(output.resolve("cellcompare-2026-11.xlsx"))) {
            String readMe = String.join("\n", book.lines("Read me first"));
            assertThat(Version.current()).matches("\\d+\\.\\d+\\.\\d+.*");
            assertThat(readMe).contains("Made by CellCompare " + Version.current() + " on " + LocalDate.now() + ".")
                    .contains("reference rates of 2026-04-13")
                    .contains("registry/ctg-studies.csv (file dated 2026-10-05)");
        }
    }

    @Test
    void readMeFirstGivesARegistryExportTheDateInItsNameOverTheFilesDate() throws Exception {
        TestFiles.copySample(input);
        Files.move(input.resolve("registry/ctg-studies.csv"), input.resolve("registry/ctg-studies-2026-10-05.csv"));

        assertThat(run("--month=2026-11")).isEqualTo(ExitCode.WRITTEN.code());

        try (OpenedWorkbook book = OpenedWorkbook.open(output.resolve("cellcompare-2026-11.xlsx"))) {
            assertThat(String.join("\n", book.lines("Read me first")))
                    .contains("registry/ctg-studies-2026-10-05.csv (export of 2026-10-05)");
        }
    }

    @Test
    void updatesRatesAndRegistryFromTheirServersThenRunsWithThem() throws Exception {
        TestFiles.copySample(input);
        Files.delete(input.resolve("rates/eurofxref-hist.zip"));
        Files.delete(input.resolve("registry/ctg-studies.csv"));

        try (LoopbackServer server = ReferenceAnswers.goodDayServer()) {
            int status = run("--month=2026-11", "--update-rates", "--update-registry",
                    "--rates-url=" + server.address("/ecb/eurofxref-hist.zip"), "--registry-url=" + server.address("/ctg/studies"));

            assertThat(status).as(stderr()).isEqualTo(ExitCode.WRITTEN.code());
        }
        assertThat(input.resolve("rates/eurofxref-hist.zip")).hasSameBinaryContentAs(ReferenceAnswers.REAL_ECB_ZIP);
        try (OpenedWorkbook book = OpenedWorkbook.open(output.resolve("cellcompare-2026-11.xlsx"))) {
            assertThat(String.join("\n", book.lines("Read me first")))
                    .contains("reference rates of 2026-04-13")
                    .contains("registry/clinicaltrials-gov-download.csv (downloaded " + LocalDate.now() + ")");
            var vinmec = book.rowWhere("Registered trials", "Registration", "NCT02569775");
            assertThat(book.text(book.cell("Registered trials", vinmec, "Registry check"))).contains("found in the registry");
        }
    }

    @Test
    void withoutNetworkTheRunGoesOnWithTheFilesItHas() throws Exception {
        TestFiles.copySample(input);
        byte[] rates = Files.readAllBytes(input.resolve("rates/eurofxref-hist.zip"));

        int status = run("--month=2026-11", "--update-rates", "--update-registry",
                "--rates-url=http://127.0.0.1:1/eurofxref-hist.zip", "--registry-url=http://127.0.0.1:1/api/v2/studies");

        assertThat(status).isEqualTo(ExitCode.WRITTEN.code());
        assertThat(Files.readAllBytes(input.resolve("rates/eurofxref-hist.zip"))).isEqualTo(rates);
        assertThat(input.resolve("registry")).isDirectoryNotContaining("glob:**/clinicaltrials-gov-download.csv");
        assertThat(output.resolve("cellcompare-2026-11.xlsx")).exists();
    }

    @Test
    void updatesTheTravelRatesThenRunsAndGoesOnWhenTheyCannotBeFetched(CapturedOutput log) throws Exception {
        TestFiles.copySample(input);
        Path april = input.resolve("travel/foreign-per-diem-2026-04.csv");
        byte[] published = Files.readAllBytes(Path.of("src/test/resources/travel/foreign-per-diem-2026-04.csv"));
        Files.writeString(april, "an older copy of April's table");

        try (LoopbackServer server = LoopbackServer.start()) {
            server.route("/travel/April2026PD.csv", uri -> LoopbackServer.Answer.ok("text/csv", published));
            assertThat(run("--month=2026-11", "--update-travel", "--travel-url=" + server.address("/travel/April2026PD.csv")))
                    .as(stderr()).isEqualTo(ExitCode.WRITTEN.code());
        }
        assertThat(april).hasBinaryContent(published);
        assertThat(log.getOut()).contains("Stay costs updated: " + april);

        assertThat(run("--month=2026-11", "--rerun", "--update-travel", "--travel-url=http://127.0.0.1:1/{month}{year}PD.xls"))
                .isEqualTo(ExitCode.WRITTEN.code());
        assertThat(april).hasBinaryContent(published);
        assertThat(log.getOut()).contains("Stay costs were not updated because 127.0.0.1 could not be reached");
    }

    @Test
    void afterAFailedRatesDownloadTheStaleRatesWarningSaysSoInsteadOfAdvisingIt(CapturedOutput log) throws Exception {
        TestFiles.copySample(input);

        assertThat(run("--month=2026-11", "--update-rates", "--rates-url=http://127.0.0.1:1/eurofxref-hist.zip"))
                .isEqualTo(ExitCode.WRITTEN.code());

        String warning = log.getOut().lines().filter(line -> line.contains("exchange rates") && line.contains("WARN"))
                .reduce((first, last) -> last).orElse("");
        assertThat(warning).contains("Downloading new exchange rates failed because 127.0.0.1 could not be reached", "so the rates were last updated to the ECB's"
                + " of 2026-04-13", "try --update-rates again once the ECB can be reached").doesNotContain("run with --update-rates");
        try (OpenedWorkbook book = OpenedWorkbook.open(output.resolve("cellcompare-2026-11.xlsx"))) {
            assertThat(book.lines("Summary")).anySatisfy(line -> assertThat(line).startsWith("Warning: downloading new exchange"
                    + " rates failed, so the rates were last updated to the ECB's of 2026-04-13, 231 days before the report date"
                    + " (more than 10). Run CellCompare with --update-rates again once the internet connection works"));
        }
        String withoutDownload = output.resolve("cellcompare-2026-11.xlsx").toString();
        assertThat(run("--month=2026-11", "--rerun")).isEqualTo(ExitCode.WRITTEN.code());
        try (OpenedWorkbook book = OpenedWorkbook.open(Path.of(withoutDownload))) {
            assertThat(book.lines("Summary")).anySatisfy(line -> assertThat(line).startsWith("Warning: the newest ECB exchange"
                    + " rates are from 2026-04-13, 231 days before the report date (more than 10). Run CellCompare with --update-rates,"));
        }
    }

    private int run(String... args) {
        return command.run(args);
    }

    private String stderr() {
        return command.stderr();
    }
}
