package org.cellcompare.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cellcompare.support.ReferenceAnswers.REAL_ECB_ZIP;
import static org.cellcompare.support.ReferenceAnswers.asked;
import static org.cellcompare.support.ReferenceAnswers.exportOf;
import static org.cellcompare.support.ReferenceAnswers.realExportIds;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.cellcompare.config.CellCompareProperties;
import org.cellcompare.normalize.CountryNames;
import org.cellcompare.support.LoopbackServer;
import org.cellcompare.support.LoopbackServer.Answer;
import org.cellcompare.support.Offerings;
import org.cellcompare.support.TestFiles;
import org.cellcompare.travel.TravelCountries;

/**
 * Both downloads against a real HTTP server on 127.0.0.1, answering as servers do on good days
 * and bad: the ECB's real zip and a ClinicalTrials.gov export in its real format, a slow answer,
 * a 500, a body cut short and an HTML error page. A good answer replaces the file; any bad one
 * leaves the input folder exactly as it was.
 */
class ReferenceUpdatesTests {

    private static final TravelCountries TRAVEL_COUNTRIES = new TravelCountries(new CountryNames());

    @TempDir
    Path folder;

    private Path input;
    private LoopbackServer server;

    @BeforeEach
    void sampleInputAndServer() throws IOException {
        input = TestFiles.copySample(folder.resolve("input"));
        server = LoopbackServer.start();
        byte[] zip = Files.readAllBytes(REAL_ECB_ZIP);
        server.route("/ecb/good.zip", uri -> Answer.ok("application/zip", zip))
                .route("/ecb/slow.zip", uri -> Answer.ok("application/zip", zip).after(3_000))
                .route("/ecb/error.zip", uri -> Answer.text(500, "text/plain", "Internal Server Error"))
                .route("/ecb/cut.zip", uri -> Answer.ok("application/zip", zip).cutAfter(zip.length / 2))
                .route("/ecb/html.zip", uri -> Answer.text(200, "text/html", "<html><body>Service unavailable</body></html>"))
                .route("/ctg/good/studies", uri -> Answer.ok("text/csv", exportOf(asked(uri))))
                .route("/ctg/slow/studies", uri -> Answer.ok("text/csv", exportOf(asked(uri))).after(3_000))
                .route("/ctg/error/studies", uri -> server.requests().size() > 1
                        ? Answer.text(500, "text/plain", "Internal Server Error") : Answer.ok("text/csv", exportOf(asked(uri))))
                .route("/ctg/cut/studies", uri -> {
                    byte[] export = exportOf(asked(uri));
                    return Answer.ok("text/csv", export).cutAfter(export.length - 40);
                })
                .route("/ctg/html/studies", uri -> Answer.text(200, "text/html", "<html><body>Maintenance</body></html>"));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void aWholeEcbZipReplacesTheRatesFile() throws Exception {
        Files.write(input.resolve("rates/eurofxref-hist.zip"), new byte[] {1, 2, 3});

        assertThat(updates("/ecb/good.zip", "/ctg/good/studies").rates(input)).isTrue();

        assertThat(input.resolve("rates/eurofxref-hist.zip")).hasSameBinaryContentAs(REAL_ECB_ZIP);
        assertThat(leftovers(input.resolve("rates"))).isEmpty();
    }

    @Test
    void aBadAnswerLeavesTheRatesAsTheyWere() throws Exception {
        byte[] before = Files.readAllBytes(input.resolve("rates/eurofxref-hist.zip"));
        for (String path : List.of("/ecb/slow.zip", "/ecb/error.zip", "/ecb/cut.zip", "/ecb/html.zip", "/ecb/missing.zip")) {
            assertThat(updates(path, "/ctg/good/studies").rates(input)).as(path).isFalse();

            assertThat(Files.readAllBytes(input.resolve("rates/eurofxref-hist.zip"))).as(path).isEqualTo(before);
            assertThat(leftovers(input.resolve("rates"))).as(path).isEmpty();
        }
    }

    @Test
    void noNetworkLeavesTheRatesAsTheyWere() throws Exception {
        byte[] before = Files.readAllBytes(input.resolve("rates/eurofxref-hist.zip"));

        ReferenceUpdates offline = new ReferenceUpdates(settings(URI.create("http://127.0.0.1:1/eurofxref-hist.zip"),
                URI.create("http://127.0.0.1:1/studies"), 100), TRAVEL_COUNTRIES);

        assertThat(offline.rates(input)).isFalse();
        assertThat(offline.registry(input)).isFalse();
        assertThat(Files.readAllBytes(input.resolve("rates/eurofxref-hist.zip"))).isEqualTo(before);
        assertThat(input.resolve("registry/" + RegistryUpdate.FILE_NAME)).doesNotExist();
    }

    @Test
    void everyCitedNctNumberIsAskedForInBatchesAndSavedAsOneExport() throws Exception {
        Set<String> cited = new CitedTrials(30).in(input.resolve("offerings"));

        assertThat(updates("/ecb/good.zip", "/ctg/good/studies").registry(input)).isTrue();

        assertThat(cited).contains("NCT02569775", "NCT04512345").hasSizeGreaterThan(2);
        assertThat(server.requests()).hasSize((cited.size() + 1) / 2)
                .allSatisfy(request -> assertThat(request.getQuery()).contains("format=csv"));
        assertThat(server.requests().stream().flatMap(request -> asked(request).stream()).collect(Collectors.toSet()))
                .isEqualTo(cited);
        List<String> saved = Files.readAllLines(input.resolve("registry/" + RegistryUpdate.FILE_NAME));
        assertThat(saved.get(0)).startsWith("\"NCT Number\",\"Study Title\"");
        assertThat(saved.subList(1, saved.size())).allSatisfy(line -> assertThat(cited).contains(line.substring(1, 12)));
        assertThat(saved).hasSize(1 + (int) realExportIds().stream().filter(cited::contains).count());
        assertThat(leftovers(input.resolve("registry"))).isEmpty();
    }

    @Test
    void aFailedOrPartialAnswerLeavesNoExportBehind() throws Exception {
        Path earlier = input.resolve("registry/" + RegistryUpdate.FILE_NAME);
        Files.writeString(earlier, "\"NCT Number\",\"Study Title\"\n\"NCT02569775\",\"An earlier download\"\n");
        for (String path : List.of("/ctg/slow/studies", "/ctg/error/studies", "/ctg/cut/studies", "/ctg/html/studies")) {
            server.requests().clear();

            assertThat(updates("/ecb/good.zip", path).registry(input)).as(path).isFalse();

            assertThat(Files.readString(earlier)).as(path).contains("An earlier download");
            assertThat(leftovers(input.resolve("registry"))).as(path).isEmpty();
        }
    }

    private ReferenceUpdates updates(String ratesPath, String registryPath) {
        return new ReferenceUpdates(settings(server.address(ratesPath), server.address(registryPath), 2), TRAVEL_COUNTRIES);
    }

    private static CellCompareProperties settings(URI rates, URI registry, int batchSize) {
        CellCompareProperties defaults = Offerings.applicationYml();
        return new CellCompareProperties(defaults.reportingCurrency(), defaults.rates(), defaults.ingest(),
                defaults.changes(), new CellCompareProperties.Updates(rates, registry,
                defaults.updates().travelUrl(), batchSize, 1), defaults.history(),
                defaults.summary(), defaults.travel(), defaults.page());
    }

    /** Files the downloads work in; none may stay behind. */
    private static List<String> leftovers(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(name -> name.startsWith(".")).toList();
        }
    }

}
