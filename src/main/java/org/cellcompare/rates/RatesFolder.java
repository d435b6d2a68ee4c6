package org.cellcompare.rates;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.cellcompare.files.FolderEntries;
import org.cellcompare.ingest.InputProblem;

/**
 * Reads {@code input/rates/}: the ECB reference-rate files as the ECB publishes them (the full
 * history {@code eurofxref-hist.csv} or {@code .zip}, or the daily {@code eurofxref.csv} or
 * {@code .zip}) and an optional {@code extra-rates.csv} for currencies the ECB does not quote.
 * For each currency it keeps the rate of the newest date on or before the report date, whatever
 * the order of the rows. A row that cannot be used is an Input problems line, and the rest of its
 * file is still read.
 */
public final class RatesFolder {

    public static final String EXTRA_RATES = "extra-rates.csv";
    public static final String ECB_SOURCE = "ECB";
    /** The ECB's first reference rates: no month before this one has a rate to be had. */
    public static final LocalDate ECB_FIRST_DAY = LocalDate.of(1999, 1, 4);
    /** A rate file inside a zip larger than this is not an ECB file; the full history is about 2 MB. */
    private static final long MAX_UNZIPPED_BYTES = 64L * 1024 * 1024;
    /** Every row of the history is read, so it is read in large blocks rather than the zip stream's 512 bytes. */
    private static final int READ_BUFFER = 64 * 1024;

    private final Map<String, Rate> best = new HashMap<>();
    private final List<InputProblem> problems = new ArrayList<>();
    private final List<String> filesRead = new ArrayList<>();
    private final LocalDate reportDate;
    private LocalDate earliest;

    private RatesFolder(LocalDate reportDate) {
        this.reportDate = reportDate;
    }

    /**
     * What the folder holds, as of the report date. {@code earliestDate} is the first date any
     * rate file holds (null when none holds one), so that a report date before it can be told
     * from a currency the files lack.
     */
    public record Result(ExchangeRates rates, List<InputProblem> problems, List<String> filesRead, LocalDate earliestDate,
                         Path folder, LocalDate reportDate) {

        /** One sentence that says why there is no rate for the currency on the report date, and what to do. */
        public String whyNoRate(String currency) {
            if (reportDate.isBefore(ECB_FIRST_DAY)) {
                return "The ECB's reference rates start on " + ECB_FIRST_DAY + ", after the report date " + reportDate
                        + ": choose a month from 1999-01 on.";
            }
            if (earliestDate != null && earliestDate.isAfter(reportDate)) {
                return "The exchange rates in " + folder + " start on " + earliestDate + ", after the report date " + reportDate
                        + ": choose a later month, or put the ECB's full history eurofxref-hist.zip there.";
            }
            if (rates.all().isEmpty()) {
                return problems.isEmpty()
                        ? "No exchange rates in " + folder + ": put the ECB's eurofxref-hist.zip there and run again."
                        : "No usable exchange rates in " + folder + " (" + problems.get(0).file() + ": " + problems.get(0).reason()
                                + "): put the ECB's eurofxref-hist.zip there and run again.";
            }
            return "No exchange rate for " + currency + " on or before " + reportDate + " in " + folder
                    + ": choose another --currency or add its rate to extra-rates.csv.";
        }
    }

    public static Result read(Path folder, LocalDate reportDate) throws IOException {
        RatesFolder reading = new RatesFolder(reportDate);
        for (FolderEntries.Entry entry : FolderEntries.list(folder, folder.toAbsolutePath().getParent())) {
            if (entry.readable()) {
                reading.readFile(entry.path());
            } else if (entry.kind() != FolderEntries.Kind.HIDDEN) {
                reading.problems.add(InputProblem.forFile("rates/" + entry.name(), entry.kind().reason(), entry.kind().fix()));
            }
        }
        reading.dropCurrenciesNoLongerQuoted();
        return new Result(new ExchangeRates(reading.best.values()), List.copyOf(reading.problems),
                List.copyOf(reading.filesRead), reading.earliest, folder, reportDate);
    }

    private void dropCurrenciesNoLongerQuoted() {
        LocalDate newest = best.values().stream().filter(RatesFolder::fromEcb).map(Rate::date)
                .max(LocalDate::compareTo).orElse(null);
        if (newest != null) {
            best.values().removeIf(rate -> fromEcb(rate)
                    && rate.date().isBefore(newest.minusDays(EcbRatesFile.QUOTED_WITHIN_DAYS)));
        }
    }

    private static boolean fromEcb(Rate rate) {
        return rate.source().startsWith(ECB_SOURCE);
    }

    private void readFile(Path file) throws IOException {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String shown = "rates/" + name;
        if (lower.equals(EXTRA_RATES)) {
            FileRates rates = ExtraRatesFile.read(file, shown, reportDate, problems);
            if (rates != null) {
                filesRead.add(shown);
                use(rates);
            }
        } else if (lower.endsWith(".zip")) {
            readZip(file, shown);
        } else if (lower.endsWith(".csv")) {
            if (Files.size(file) > MAX_UNZIPPED_BYTES) {
                problems.add(InputProblem.forFile(shown, "The file is far larger than any ECB rate file, so it was not read.",
                        "Use eurofxref-hist.csv or eurofxref-hist.zip exactly as the ECB publishes it."));
                return;
            }
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                readEcb(reader, shown);
            } catch (CharacterCodingException e) {
                problems.add(InputProblem.forFile(shown, "The file is not UTF-8 text, so it is not an ECB rate file.",
                        "Use eurofxref-hist.csv or eurofxref-hist.zip exactly as the ECB publishes it."));
            }
        } else if (!lower.startsWith(".") && !lower.equals("readme.md")) {
            problems.add(InputProblem.forFile(shown, "This is not an exchange-rate file CellCompare reads.",
                    "Keep only the ECB's eurofxref files and extra-rates.csv in input/rates/."));
        }
    }

    private void readZip(Path file, String shown) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(file), READ_BUFFER))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (!entry.isDirectory() && entry.getName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    InputStream bounded = new BoundedInputStream(zip, MAX_UNZIPPED_BYTES);
                    readEcb(new BufferedReader(new InputStreamReader(bounded, StandardCharsets.UTF_8), READ_BUFFER),
                            shown + "!" + entry.getName());
                    return;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            problems.add(InputProblem.forFile(shown, "The zip file could not be read (" + e.getMessage() + ").",
                    "Download eurofxref-hist.zip again from the ECB's website."));
            return;
        }
        problems.add(InputProblem.forFile(shown, "The zip file holds no .csv rate file.",
                "Download eurofxref-hist.zip again from the ECB's website."));
    }

    private void readEcb(BufferedReader reader, String shown) throws IOException {
        FileRates rates = EcbRatesFile.read(reader, shown, reportDate, problems);
        if (rates != null) {
            filesRead.add(shown);
            use(rates);
        }
    }

    private void use(FileRates file) {
        file.rates().forEach(this::offerRate);
        if (file.earliest() != null && (earliest == null || file.earliest().isBefore(earliest))) {
            earliest = file.earliest();
        }
    }

    /** The newer rate wins; on the same day the ECB's wins over an extra rate. */
    private void offerRate(Rate rate) {
        best.merge(rate.currency(), rate, (old, candidate) -> {
            int byDate = candidate.date().compareTo(old.date());
            if (byDate != 0) {
                return byDate > 0 ? candidate : old;
            }
            return fromEcb(old) ? old : candidate;
        });
    }
}
