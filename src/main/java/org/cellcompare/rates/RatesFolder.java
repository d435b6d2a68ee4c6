package org.cellcompare.rates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.cellcompare.ingest.InputProblem;

/**
 * Reads {@code input/rates/}: the ECB reference-rate files as the ECB publishes them (the full
 * history {@code eurofxref-hist.csv} or {@code .zip}, or the daily {@code eurofxref.csv} or
 * {@code .zip}) and an optional {@code extra-rates.csv} for currencies the ECB does not quote.
 * For each currency it keeps the last rate on or before the report date.
 */
public final class RatesFolder {

    public static final String EXTRA_RATES = "extra-rates.csv";
    public static final String ECB_SOURCE = "ECB";
    /**
     * An ECB currency whose last rate is this much older than the ECB's newest day is no longer
     * quoted (replaced by the euro, like CYP, or suspended, like RUB since 2022) and is not used.
     */
    private static final int QUOTED_WITHIN_DAYS = 31;
    /** A rate file inside a zip larger than this is not an ECB file; the full history is about 2 MB. */
    private static final long MAX_UNZIPPED_BYTES = 64L * 1024 * 1024;
    private static final DateTimeFormatter ECB_DAILY_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final Map<String, Rate> best = new HashMap<>();
    private final List<InputProblem> problems = new ArrayList<>();
    private final List<String> filesRead = new ArrayList<>();
    private final LocalDate reportDate;

    private RatesFolder(LocalDate reportDate) {
        this.reportDate = reportDate;
    }

    /** What the folder holds, as of the report date. */
    public record Result(ExchangeRates rates, List<InputProblem> problems, List<String> filesRead) {
    }

    public static Result read(Path folder, LocalDate reportDate) throws IOException {
        RatesFolder reading = new RatesFolder(reportDate);
        if (Files.isDirectory(folder)) {
            List<Path> files;
            try (Stream<Path> listing = Files.list(folder)) {
                files = listing.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                reading.readFile(file);
            }
        }
        reading.dropCurrenciesNoLongerQuoted();
        return new Result(new ExchangeRates(reading.best.values()), List.copyOf(reading.problems),
                List.copyOf(reading.filesRead));
    }

    private void dropCurrenciesNoLongerQuoted() {
        LocalDate newest = best.values().stream().filter(RatesFolder::fromEcb).map(Rate::date)
                .max(LocalDate::compareTo).orElse(null);
        if (newest != null) {
            best.values().removeIf(rate -> fromEcb(rate) && rate.date().isBefore(newest.minusDays(QUOTED_WITHIN_DAYS)));
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
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                readExtraRates(reader, shown);
            }
            filesRead.add(shown);
        } else if (lower.endsWith(".zip")) {
            readZip(file, shown);
        } else if (lower.endsWith(".csv")) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                readEcb(reader, shown);
            }
        } else if (!lower.startsWith(".") && !lower.equals("readme.md")) {
            problems.add(InputProblem.forFile(shown, "This is not an exchange-rate file CellCompare reads.",
                    "Keep only the ECB's eurofxref files and extra-rates.csv in input/rates/."));
        }
    }

    private void readZip(Path file, String shown) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (!entry.isDirectory() && entry.getName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    InputStream bounded = new BoundedInputStream(zip, MAX_UNZIPPED_BYTES);
                    readEcb(new BufferedReader(new InputStreamReader(bounded, StandardCharsets.UTF_8)),
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

    /** The ECB layout: a "Date" column, then one column per currency, "N/A" where there is no rate. */
    private void readEcb(BufferedReader reader, String shown) throws IOException {
        String headerLine = reader.readLine();
        if (headerLine == null || !headerLine.strip().replace("\uFEFF", "").startsWith("Date")) {
            problems.add(InputProblem.forFile(shown, "This file is not in the ECB's reference-rate layout (it should start with 'Date,USD,JPY,...').",
                    "Use eurofxref-hist.csv or eurofxref-hist.zip exactly as the ECB publishes it."));
            return;
        }
        filesRead.add(shown);
        String[] currencies = splitTrimmed(headerLine);
        LocalDate firstDayUsed = null;
        String line;
        int row = 1;
        while ((line = reader.readLine()) != null) {
            row++;
            if (line.isBlank()) {
                continue;
            }
            String[] fields = splitTrimmed(line);
            LocalDate date = ecbDate(fields[0]);
            if (date == null) {
                problems.add(new InputProblem(shown, null, row, "Date", fields[0], "Not a date, so this day's rates were not used.",
                        "Replace the file with a fresh copy from the ECB.", InputProblem.Outcome.REFERENCE_ROW_NOT_USED));
                continue;
            }
            if (date.isAfter(reportDate)) {
                continue;
            }
            if (firstDayUsed == null) {
                firstDayUsed = date;
            } else if (date.isBefore(firstDayUsed.minusDays(QUOTED_WITHIN_DAYS))) {
                // The ECB lists its newest day first, and a currency whose newest rate is this old is
                // dropped as no longer quoted: the other quarter-century of history cannot change a rate.
                break;
            }
            for (int i = 1; i < fields.length && i < currencies.length; i++) {
                offer(currencies[i], fields[i], date, ECB_SOURCE + " (" + shown + ")");
            }
        }
    }

    /** {@code currency, units per EUR, date, source}: for currencies such as VND, COP or PAB. */
    private void readExtraRates(BufferedReader reader, String shown) throws IOException {
        String line;
        int row = 0;
        while ((line = reader.readLine()) != null) {
            row++;
            String[] fields = splitTrimmed(line.replace("\uFEFF", ""));
            if (line.isBlank() || fields[0].equalsIgnoreCase("currency")) {
                continue;
            }
            if (fields.length < 3) {
                problems.add(new InputProblem(shown, null, row, null, line,
                        "Expected currency, units per EUR, date and source.", "Write the row as: VND,30500,2026-04-10,State Bank of Vietnam",
                        InputProblem.Outcome.REFERENCE_ROW_NOT_USED));
                continue;
            }
            LocalDate date = isoDate(fields[2]);
            BigDecimal value = decimal(fields[1]);
            String currency = fields[0].toUpperCase(Locale.ROOT);
            if (date == null || value == null || value.signum() <= 0 || !currency.matches("[A-Z]{3}")) {
                problems.add(new InputProblem(shown, null, row, date == null ? "date" : value == null ? "units_per_eur" : "currency",
                        line, "This rate could not be read.", "Write the row as: VND,30500,2026-04-10,State Bank of Vietnam",
                        InputProblem.Outcome.REFERENCE_ROW_NOT_USED));
                continue;
            }
            if (!date.isAfter(reportDate)) {
                String source = fields.length > 3 && !fields[3].isBlank() ? fields[3] : shown;
                offerRate(new Rate(currency, value, date, source));
            }
        }
    }

    private void offer(String currency, String value, LocalDate date, String source) {
        if (currency.isEmpty() || value.isEmpty() || value.equalsIgnoreCase("N/A")) {
            return;
        }
        Rate known = best.get(currency);
        if (known != null && known.date().isAfter(date)) {
            return; // the history runs back to 1999; only the newest rate of each currency is used
        }
        BigDecimal units = decimal(value);
        if (units != null && units.signum() > 0) {
            offerRate(new Rate(currency, units, date, source));
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

    private static String[] splitTrimmed(String line) {
        String[] parts = line.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].strip();
        }
        return parts;
    }

    private static LocalDate ecbDate(String text) {
        LocalDate iso = isoDate(text);
        if (iso != null) {
            return iso;
        }
        try {
            return LocalDate.parse(text, ECB_DAILY_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate isoDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
