package org.cellcompare.update;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.cellcompare.files.Replacement;
import org.cellcompare.update.Download.DownloadException;

/**
 * Fetches the ECB's full history of reference rates into {@code input/rates/eurofxref-hist.zip}.
 * The file arrives beside the old one under another name and replaces it only once it is a whole
 * zip holding the ECB's table; until then, and if anything fails, the old file stays.
 */
final class RatesUpdate {

    static final String FILE_NAME = "eurofxref-hist.zip";

    private final Download download;
    private final URI url;

    RatesUpdate(Download download, URI url) {
        this.download = download;
        this.url = url;
    }

    /** The newest day of rates now in the folder; throws, leaving the folder as it was, when there is no good file. */
    LocalDate update(Path ratesFolder) throws DownloadException, IOException {
        Files.createDirectories(ratesFolder);
        Path partial = ratesFolder.resolve("." + FILE_NAME + ".part");
        try {
            download.get(url, partial);
            LocalDate newest = newestDay(partial);
            Replacement.replace(partial, ratesFolder.resolve(FILE_NAME));
            return newest;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Reads the zip to its end, so a damaged one fails here, and returns the first (newest) date of its table. */
    private static LocalDate newestDay(Path zip) throws DownloadException, IOException {
        LocalDate newest = null;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.getName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    newest = firstDate(in);
                }
                in.transferTo(OutputStream.nullOutputStream());
            }
        } catch (IOException e) {
            throw new DownloadException("the file received is not a whole zip file (" + e.getMessage() + ")");
        }
        if (newest == null) {
            throw new DownloadException("the file received is not the ECB's rate history (no table of daily rates in it)");
        }
        return newest;
    }

    private static LocalDate firstDate(InputStream csv) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
        String header = reader.readLine();
        String first = reader.readLine();
        if (header == null || first == null || !header.replace("\uFEFF", "").strip().startsWith("Date")) {
            return null;
        }
        try {
            return LocalDate.parse(first.substring(0, Math.max(0, first.indexOf(','))).strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
