package org.cellcompare.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cellcompare.support.TestFiles.sheets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.cellcompare.config.CellCompareProperties;
import org.cellcompare.files.FolderEntries;
import org.cellcompare.normalize.CountryNames;
import org.cellcompare.support.LoopbackServer;
import org.cellcompare.support.LoopbackServer.Answer;
import org.cellcompare.support.Offerings;
import org.cellcompare.support.PerDiemSheets;
import org.cellcompare.support.TestFiles;
import org.cellcompare.travel.TravelCountries;
import org.cellcompare.update.Download.DownloadException;

/**
 * {@code --update-travel} against a real HTTP server on 127.0.0.1, serving the State
 * Department's real April 2026 table as CSV and, built from it, as the Excel files the Department
 * publishes, and answering badly: a table cut short, an HTML page with status 200, a 500, a body
 * cut off. A good answer lands in {@code input/travel/} under the name of its format and month;
 * any bad one leaves the folder exactly as it was, with no part file behind.
 */
class TravelUpdateTests {

    private static final Path APRIL = Path.of("src/test/resources/travel/foreign-per-diem-2026-04.csv");
    private static final TravelCountries COUNTRIES = new TravelCountries(new CountryNames());

    @TempDir
    Path folder;

    private Path input;
    private Path travel;
    private LoopbackServer server;
    private byte[] csv;
    private byte[] xlsx;
    private byte[] xls;
    private byte[] departmentXls;

    @BeforeEach
    void sampleInputAndServer() throws IOException {
        input = TestFiles.copySample(folder.resolve("input"));
        travel = input.resolve("travel");
        csv = Files.readAllBytes(APRIL);
        xlsx = Files.readAllBytes(TestFiles.xlsx(folder.resolve("april.xlsx"), sheets("Per Diem", PerDiemSheets.excelRows(true))));
        xls = Files.readAllBytes(TestFiles.xls(folder.resolve("april.xls"), sheets("Per Diem", PerDiemSheets.excelRows(true))));
        departmentXls = Files.readAllBytes(TestFiles.xls(folder.resolve("undated.xls"), sheets("Per Diem", PerDiemSheets.excelRows(false))));
        byte[] first40Lines = String.join("\n", Files.readAllLines(APRIL).subList(0, 40)).getBytes(StandardCharsets.UTF_8);
        server = LoopbackServer.start();
        server.route("/travel/per-diem.csv", uri -> Answer.ok("text/csv", csv))
                .route("/travel/per-diem.xlsx", uri -> Answer.ok("application/octet-stream", xlsx))
                .route("/travel/per-diem.xls", uri -> Answer.ok("application/vnd.ms-excel", xls))
                .route("/travel/mislabelled.xls", uri -> Answer.ok("application/vnd.ms-excel", csv))
                .route("/travel/first-40-lines.csv", uri -> Answer.ok("text/csv", first40Lines))
                .route("/travel/page.xls", uri -> Answer.text(200, "text/html",
                        "<!DOCTYPE html>\n<html><body>Service unavailable</body></html>"))
                .route("/travel/error.xls", uri -> Answer.text(500, "text/html", "<html><body>Internal Server Error</body></html>"))
                .route("/travel/cut.xlsx", uri -> Answer.ok("application/octet-stream", xlsx).cutAfter(xlsx.length / 2))
                .route("/travel/half.xlsx", uri -> Answer.ok("application/octet-stream", Arrays.copyOf(xlsx, xlsx.length / 2)))
                .route("/travel/empty.csv", uri -> Answer.ok("text/csv", new byte[0]))
                .route("/travel/other-table.csv", uri -> Answer.text(200, "text/csv", "NCT Number,Study Title\nNCT02569775,A trial\n"))
                .route("/Documents/April2026PD.xls", uri -> Answer.text(404, "text/html", "<html><body>Not Found</body></html>"))
                .route("/Documents/March2026PD.xls", uri -> Answer.ok("application/vnd.ms-excel", departmentXls))
                .route("/Documents/February2026PD.xls", uri -> Answer.text(500, "text/plain", "Internal Server Error"));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void theRealTableReplacesTheFileOfItsMonth() throws Exception {
        Path april = travel.resolve("foreign-per-diem-2026-04.csv");
        Files.writeString(april, "an older copy of April's table");

        assertThat(updates("/travel/per-diem.csv").travel(input)).isTrue();

        assertThat(april).hasBinaryContent(csv);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void theRealTableIsSavedInATravelFolderNotThereBefore() throws Exception {
        try (Stream<Path> files = Files.list(travel)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(travel);

        ReferenceUpdates updates = updates("/travel/per-diem.csv");
        assertThat(updates.travel(input)).isTrue();

        assertThat(travel.resolve("foreign-per-diem-2026-04.csv")).hasBinaryContent(csv);
        assertThat(updates.travelFailure()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xlsx", "xls"})
    void anExcelTableIsSavedUnderItsOwnFormatBesideTheOlderFiles(String format) throws Exception {
        Map<String, String> before = snapshot();

        assertThat(updates("/travel/per-diem." + format).travel(input)).isTrue();

        Path saved = travel.resolve("foreign-per-diem-2026-04." + format);
        assertThat(saved).hasBinaryContent(format.equals("xlsx") ? xlsx : xls);
        Map<String, String> after = snapshot();
        after.remove(saved.getFileName().toString());
        assertThat(after).as("the files already there are left as they were").isEqualTo(before);
    }

    @Test
    void theFormatIsTheFilesNotTheAddresss() throws Exception {
        assertThat(updates("/travel/mislabelled.xls").travel(input)).isTrue();

        assertThat(travel.resolve("foreign-per-diem-2026-04.csv")).hasBinaryContent(csv);
        assertThat(travel.resolve("foreign-per-diem-2026-04.xls")).doesNotExist();
    }

    @Test
    void aBadAnswerLeavesTheTravelFolderAsItWasWithOneLineSayingWhy() throws Exception {
        Map<String, String> before = snapshot();
        Map<String, String> reasons = Map.of(
                "/travel/first-40-lines.csv", "holds the rates of only 13 countries, fewer than the 100 of a whole table",
                "/travel/page.xls", "sent a web page, not the per diem table",
                "/travel/error.xls", "answered with HTTP status 500",
                "/travel/cut.xlsx", "did not send its whole answer",
                "/travel/half.xlsx", "the file received cannot be used: the file could not be read as a per diem table",
                "/travel/empty.csv", "sent an empty file",
                "/travel/other-table.csv", "the file received cannot be used: the first row does not name the per diem"
                        + " columns (missing: Country, Location",
                "/travel/missing.xlsx", "answered with HTTP status 404");
        for (Map.Entry<String, String> bad : new TreeMap<>(reasons).entrySet()) {
            ReferenceUpdates updates = updates(bad.getKey());

            assertThat(updates.travel(input)).as(bad.getKey()).isFalse();

            assertThat(updates.travelFailure()).as(bad.getKey()).hasValueSatisfying(reason -> assertThat(reason)
                    .contains(bad.getValue()).doesNotContain("\n"));
            assertThat(snapshot()).as(bad.getKey()).isEqualTo(before);
            assertThat(leftovers()).as(bad.getKey()).isEmpty();
        }
    }

    @Test
    void aFailureIsForgottenOnceAnUpdateWorks() {
        ReferenceUpdates updates = new ReferenceUpdates(settings(server.address("/travel/error.xls").toString()), COUNTRIES);
        assertThat(updates.travel(input)).isFalse();
        assertThat(updates.travelFailure()).isPresent();

        ReferenceUpdates again = updates("/travel/per-diem.csv");
        assertThat(again.travel(input)).isTrue();
        assertThat(again.travelFailure()).isEmpty();
    }

    /** April's file is not out yet (404), so March's is taken, and named for March since it names no date itself. */
    @Test
    void theMonthlyAddressFallsBackToLastMonthsFileWhileThisMonthsIsNotOut() throws Exception {
        TravelUpdate update = new TravelUpdate(new Download(Duration.ofSeconds(5)),
                server.address("/Documents/").toString() + "{month}{year}PD.xls", COUNTRIES);

        TravelUpdate.Saved saved = update.update(travel, YearMonth.of(2026, 4));

        assertThat(server.requests()).extracting(Object::toString)
                .containsExactly("/Documents/April2026PD.xls", "/Documents/March2026PD.xls");
        assertThat(saved.file()).isEqualTo(travel.resolve("foreign-per-diem-2026-03.xls")).hasBinaryContent(departmentXls);
        assertThat(saved.published()).isNull();
        assertThat(saved.asked()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(saved.countries()).isGreaterThanOrEqualTo(TravelUpdate.FEWEST_COUNTRIES);
    }

    @Test
    void onlyANotFoundSendsTheMonthlyAddressBackAMonth() throws Exception {
        Map<String, String> before = snapshot();
        TravelUpdate update = new TravelUpdate(new Download(Duration.ofSeconds(5)),
                server.address("/Documents/").toString() + "{month}{year}PD.xls", COUNTRIES);

        assertThatThrownBy(() -> update.update(travel, YearMonth.of(2026, 2))).as("February's 500 is not passed over")
                .isInstanceOf(DownloadException.class).hasMessageContaining("HTTP status 500");
        assertThat(server.requests()).extracting(Object::toString).containsExactly("/Documents/February2026PD.xls");

        ReferenceUpdates neither = new ReferenceUpdates(settings(server.address("/Nowhere/").toString() + "{month}{year}PD.xls"),
                COUNTRIES);
        assertThat(neither.travel(input)).isFalse();
        assertThat(neither.travelFailure()).hasValueSatisfying(reason -> assertThat(reason)
                .containsPattern("has no per diem file for \\w+ \\d{4} or \\w+ \\d{4} \\(HTTP status 404 for \\w+\\d{4}PD\\.xls\\)"));
        assertThat(snapshot()).isEqualTo(before);
        assertThat(leftovers()).isEmpty();
    }

    /** The run lists travel/ as it lists rates/: a part file left by a download cut off midway is hidden, and not read. */
    @Test
    void aPartFileLeftBehindIsPassedOverAndClearedByTheNextUpdate() throws Exception {
        Files.write(travel.resolve(".foreign-per-diem.part"), Arrays.copyOf(xlsx, 100));
        Files.write(travel.resolve(".foreign-per-diem.part.csv"), Arrays.copyOf(csv, 100));

        assertThat(FolderEntries.list(travel, input)).filteredOn(entry -> entry.name().contains(".part"))
                .hasSize(2).allSatisfy(entry -> {
                    assertThat(entry.kind()).isEqualTo(FolderEntries.Kind.HIDDEN);
                    assertThat(entry.readable()).isFalse();
                });

        assertThat(updates("/travel/per-diem.xlsx").travel(input)).isTrue();
        assertThat(leftovers()).isEmpty();
    }

    private ReferenceUpdates updates(String path) {
        return new ReferenceUpdates(settings(server.address(path).toString()), COUNTRIES);
    }

    private static CellCompareProperties settings(String travelUrl) {
        CellCompareProperties defaults = Offerings.applicationYml();
        CellCompareProperties.Updates updates = defaults.updates();
        return new CellCompareProperties(defaults.reportingCurrency(), defaults.rates(), defaults.ingest(), defaults.changes(),
                new CellCompareProperties.Updates(updates.ratesUrl(), updates.registryUrl(), travelUrl,
                        updates.registryBatchSize(), 2), defaults.history(), defaults.summary(),
                defaults.travel(), defaults.page());
    }

    /** Every file of travel/, hidden ones too, with its bytes. */
    private Map<String, String> snapshot() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> listing = Files.list(travel)) {
            for (Path file : listing.toList()) {
                files.put(file.getFileName().toString(), Base64.getEncoder().encodeToString(Files.readAllBytes(file)));
            }
        }
        return files;
    }

    /** Files the download works in; none may stay behind. */
    private List<String> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(travel)) {
            return files.map(p -> p.getFileName().toString()).filter(name -> name.startsWith(".")).toList();
        }
    }
}
