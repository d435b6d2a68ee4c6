package org.cellcompare.update;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cellcompare.files.Replacement;
import org.cellcompare.ingest.InputProblem;
import org.cellcompare.travel.PerDiemFile;
import org.cellcompare.travel.PerDiemRate;
import org.cellcompare.travel.PerDiemTable;
import org.cellcompare.travel.TravelCountries;
import org.cellcompare.update.Download.DownloadException;

/**
 * Fetches the State Department's foreign per diem rates into {@code input/travel/}. The Department
 * publishes a new file every month under the month's name ({@code April2026PD.xls}), so the address
 * may say {@code {month}} and {@code {year}}: this month's file is asked for, and last month's when
 * this month's is not out yet (404). The file arrives as a hidden part file, which the run passes
 * over, and takes its place only once it reads as a per diem table the way the run reads it, with
 * the rates of at least {@value #FEWEST_COUNTRIES} countries; until then, and if anything fails,
 * the folder stays as it was.
 *
 * <p>The file is named after what it is, whatever the address says ({@code .xlsx}, {@code .xls} or
 * {@code .csv}), and after the month it was published: {@code foreign-per-diem-2026-04.xlsx}. It
 * replaces a file of that name; other files, earlier months among them, are left alone, since the
 * run uses the newest publication in the folder and a user's own files are not ours to delete.
 */
final class TravelUpdate {

    static final String NAME = "foreign-per-diem";
    /**
     * The Department's table covers over 200 countries and territories; one with fewer than 100 is
     * cut short at a line's end, which no byte count catches, or not the worldwide table at all.
     */
    static final int FEWEST_COUNTRIES = 100;

    private final Download download;
    private final String address;
    private final TravelCountries countries;

    TravelUpdate(Download download, String address, TravelCountries countries) {
        this.download = download;
        this.address = address;
        this.countries = countries;
    }

    /**
     * The file saved: the day the table says it was published (null when it names none), the month
     * the address was filled in with (null when it has no {@code {month}}), and how many countries
     * it covers.
     */
    record Saved(Path file, LocalDate published, YearMonth asked, long countries) {
    }

    /** Formats a per diem table comes in, told apart by their first bytes. */
    enum Format {
        XLSX("xlsx"), XLS("xls"), CSV("csv");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        String extension() {
            return extension;
        }

        /** A zip is an .xlsx, an OLE2 file an .xls; a web page is refused; anything else is read as CSV. */
        static Format of(Path file, String host) throws IOException, DownloadException {
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(512);
            }
            if (head.length == 0) {
                throw new DownloadException(host + " sent an empty file");
            }
            if (startsWith(head, 0x50, 0x4B)) {
                return XLSX;
            }
            if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
                return XLS;
            }
            if (isMarkup(head)) {
                throw new DownloadException(host + " sent a web page, not the per diem table (an error page?)");
            }
            return CSV;
        }

        private static boolean startsWith(byte[] head, int... magic) {
            if (head.length < magic.length) {
                return false;
            }
            for (int i = 0; i < magic.length; i++) {
                if ((head[i] & 0xFF) != magic[i]) {
                    return false;
                }
            }
            return true;
        }

        /** A table's first cell is never "<", a web page's first character always is (after a BOM and blanks). */
        private static boolean isMarkup(byte[] head) {
            int at = startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
            while (at < head.length && Character.isWhitespace(head[at])) {
                at++;
            }
            return at < head.length && head[at] == '<';
        }
    }

    /** What is now in the folder; throws, leaving the folder as it was, when there is no good file. */
    Saved update(Path travelFolder, YearMonth thisMonth) throws DownloadException, IOException {
        Files.createDirectories(travelFolder);
        Path partial = travelFolder.resolve("." + NAME + ".part");
        try {
            YearMonth asked = fetch(partial, thisMonth);
            Format format = Format.of(partial, host(thisMonth));
            // the reader tells CSV from other text by the name's extension
            Path checked = partFor(partial, format);
            Files.move(partial, checked, StandardCopyOption.REPLACE_EXISTING);
            PerDiemTable table = check(checked, format);
            YearMonth month = table.published() != null ? YearMonth.from(table.published()) : asked;
            Path target = travelFolder.resolve(NAME + (month == null ? "" : "-" + month) + "." + format.extension());
            Replacement.replace(checked, target);
            return new Saved(target, table.published(), asked, countriesOf(table));
        } finally {
            Files.deleteIfExists(partial);
            for (Format format : Format.values()) {
                Files.deleteIfExists(partFor(partial, format));
            }
        }
    }

    private static Path partFor(Path partial, Format format) {
        return partial.resolveSibling(partial.getFileName() + "." + format.extension());
    }

    /** Downloads into {@code partial}; returns the month the address was filled in with, null when it names none. */
    private YearMonth fetch(Path partial, YearMonth thisMonth) throws DownloadException {
        if (!address.contains("{month}") && !address.contains("{year}")) {
            download.get(uri(address), partial);
            return null;
        }
        List<YearMonth> months = List.of(thisMonth, thisMonth.minusMonths(1));
        for (YearMonth month : months) {
            try {
                download.get(uri(filledIn(month)), partial);
                return month;
            } catch (DownloadException e) {
                if (e.status() != 404) {
                    throw e;
                }
            }
        }
        throw new DownloadException(host(thisMonth) + " has no per diem file for " + shown(months.get(0)) + " or "
                + shown(months.get(1)) + " (HTTP status 404 for " + fileName(filledIn(months.get(1))) + ")");
    }

    /** The address with the month's English name and its year, as the Department names its files. */
    private String filledIn(YearMonth month) {
        return address.replace("{month}", month.getMonth().getDisplayName(TextStyle.FULL, Locale.US))
                .replace("{year}", String.valueOf(month.getYear()));
    }

    private PerDiemTable check(Path file, Format format) throws DownloadException {
        List<InputProblem> problems = new ArrayList<>();
        PerDiemTable table = PerDiemFile.read(file, NAME + "." + format.extension(), countries, problems);
        if (table == null) {
            String reason = problems.isEmpty() ? "It holds no per diem rates" : problems.get(0).reason().replaceFirst("\\.$", "");
            throw new DownloadException("the file received cannot be used: " + Character.toLowerCase(reason.charAt(0))
                    + reason.substring(1));
        }
        long covered = countriesOf(table);
        if (covered < FEWEST_COUNTRIES) {
            throw new DownloadException("the file received holds the rates of only " + covered + " countries, fewer than the "
                    + FEWEST_COUNTRIES + " of a whole table (cut short?)");
        }
        return table;
    }

    private static long countriesOf(PerDiemTable table) {
        return table.rates().stream().map(PerDiemRate::countryCode).distinct().count();
    }

    private static URI uri(String text) throws DownloadException {
        try {
            URI uri = URI.create(text);
            if (uri.getHost() == null) {
                throw new IllegalArgumentException("no host");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new DownloadException("the travel address " + text + " is not a web address");
        }
    }

    private String host(YearMonth month) {
        try {
            return uri(filledIn(month)).getHost();
        } catch (DownloadException e) {
            return address;
        }
    }

    private static String fileName(String text) {
        return text.substring(text.lastIndexOf('/') + 1);
    }

    private static String shown(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.US) + " " + month.getYear();
    }
}
