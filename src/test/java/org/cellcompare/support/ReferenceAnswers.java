package org.cellcompare.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cellcompare.support.LoopbackServer.Answer;

/**
 * What the ECB and ClinicalTrials.gov answer on a good day, built from the real files the
 * sample ships: the ECB's own zip, and the sample export's rows for the NCT numbers asked.
 */
public final class ReferenceAnswers {

    public static final Path REAL_ECB_ZIP = Path.of("input/rates/eurofxref-hist.zip");
    public static final Path REAL_EXPORT = Path.of("input/registry/ctg-studies.csv");
    public static final Path REAL_PER_DIEM = Path.of("src/test/resources/travel/foreign-per-diem-2026-04.csv");

    private ReferenceAnswers() {
    }

    public static byte[] ecbZip() {
        try {
            return Files.readAllBytes(REAL_ECB_ZIP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A server answering at {@code /ecb/eurofxref-hist.zip}, {@code /ctg/studies} and
     * {@code /state/per-diem.csv} as the real ones do.
     */
    public static LoopbackServer goodDayServer() {
        byte[] zip = ecbZip();
        byte[] perDiem;
        try {
            perDiem = Files.readAllBytes(REAL_PER_DIEM);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return LoopbackServer.start()
                .route("/ecb/eurofxref-hist.zip", uri -> Answer.ok("application/zip", zip))
                .route("/ctg/studies", uri -> Answer.ok("text/csv", exportOf(asked(uri))))
                .route("/state/per-diem.csv", uri -> Answer.ok("text/csv", perDiem));
    }

    /** The NCT numbers in a request's {@code filter.ids}. */
    public static Set<String> asked(URI request) {
        String ids = Arrays.stream(request.getQuery().split("&")).filter(p -> p.startsWith("filter.ids="))
                .map(p -> p.substring("filter.ids=".length())).findFirst().orElse("");
        return Set.of(ids.split(","));
    }

    /** The real export's header and the rows of the studies asked about, as ClinicalTrials.gov answers. */
    public static byte[] exportOf(Set<String> ids) {
        List<String> lines = exportLines();
        String rows = lines.subList(1, lines.size()).stream().filter(line -> ids.contains(line.substring(0, 11)))
                .collect(Collectors.joining("\n"));
        return (lines.get(0) + "\n" + rows + (rows.isEmpty() ? "" : "\n")).getBytes(StandardCharsets.UTF_8);
    }

    public static List<String> realExportIds() {
        return exportLines().stream().skip(1).map(line -> line.substring(0, 11)).toList();
    }

    private static List<String> exportLines() {
        try {
            return Files.readAllLines(REAL_EXPORT, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
