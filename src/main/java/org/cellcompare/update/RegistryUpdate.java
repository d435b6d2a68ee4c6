package org.cellcompare.update;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.CSVWriter;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;

import org.cellcompare.files.Replacement;
import org.cellcompare.update.Download.DownloadException;

/**
 * Asks ClinicalTrials.gov's API (v2, CSV) about every NCT number the offerings cite, a batch at a
 * time, and saves the answers as one export in {@code input/registry/}, the same columns a
 * download from the website has. Every page must be a whole CSV table about the numbers asked
 * for; if one is not, nothing is saved and the exports already there are used.
 */
final class RegistryUpdate {

    static final String FILE_NAME = "clinicaltrials-gov-download.csv";
    private static final String NEXT_PAGE = "x-next-page-token";

    private final Download download;
    private final URI studies;
    private final int batchSize;

    RegistryUpdate(Download download, URI studies, int batchSize) {
        this.download = download;
        this.studies = studies;
        this.batchSize = batchSize;
    }

    /** How many numbers were asked about and how many studies the registry knows. */
    record Result(int asked, int found) {
    }

    Result update(Set<String> nctIds, Path registryFolder) throws DownloadException, IOException {
        Files.createDirectories(registryFolder);
        List<String> ids = new ArrayList<>(nctIds);
        Path page = registryFolder.resolve("." + FILE_NAME + ".page");
        Path partial = registryFolder.resolve("." + FILE_NAME + ".part");
        try {
            String[] header = null;
            List<String[]> rows = new ArrayList<>();
            for (int from = 0; from < ids.size(); from += batchSize) {
                List<String> batch = ids.subList(from, Math.min(ids.size(), from + batchSize));
                String token = null;
                do {
                    Download.Answer answer = download.get(pageAddress(batch, token), page);
                    header = readPage(page, header, Set.copyOf(batch), rows);
                    token = answer.headers().firstValue(NEXT_PAGE).filter(t -> !t.isBlank()).orElse(null);
                } while (token != null);
            }
            write(partial, header, rows);
            Replacement.replace(partial, registryFolder.resolve(FILE_NAME));
            return new Result(ids.size(), rows.size());
        } finally {
            Files.deleteIfExists(page);
            Files.deleteIfExists(partial);
        }
    }

    private URI pageAddress(List<String> batch, String token) {
        String query = "format=csv&pageSize=1000&filter.ids=" + URLEncoder.encode(String.join(",", batch), StandardCharsets.UTF_8)
                + (token == null ? "" : "&pageToken=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        String base = studies.toString();
        return URI.create(base + (base.contains("?") ? "&" : "?") + query);
    }

    /** Checks one page and adds its rows; returns the header every page must share. */
    private static String[] readPage(Path page, String[] expectedHeader, Set<String> asked, List<String[]> rows)
            throws DownloadException, IOException {
        try (BufferedReader text = Files.newBufferedReader(page, StandardCharsets.UTF_8);
             CSVReader csv = new CSVReaderBuilder(text).withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            String[] header = csv.readNext();
            int idColumn = header == null ? -1 : column(header, "NCT Number");
            if (idColumn < 0) {
                throw new DownloadException("ClinicalTrials.gov did not answer with a CSV export (no 'NCT Number' column;"
                        + " an error page?)");
            }
            if (expectedHeader != null && !Arrays.equals(header, expectedHeader)) {
                throw new DownloadException("ClinicalTrials.gov answered two batches with different columns");
            }
            for (String[] row = csv.readNext(); row != null; row = csv.readNext()) {
                if (row.length == 1 && row[0].isBlank()) {
                    continue;
                }
                if (row.length != header.length || !asked.contains(row[idColumn].strip())) {
                    throw new DownloadException("the answer from ClinicalTrials.gov was incomplete or garbled (row "
                            + (rows.size() + 2) + ")");
                }
                rows.add(row);
            }
            return header;
        } catch (CsvException e) {
            throw new DownloadException("the answer from ClinicalTrials.gov was incomplete or garbled (" + e.getMessage() + ")");
        }
    }

    private static int column(String[] header, String name) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    private static void write(Path file, String[] header, List<String[]> rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVWriter csv = new CSVWriter(out)) {
            if (header != null) {
                csv.writeNext(header);
            }
            csv.writeAll(rows);
        }
    }
}
