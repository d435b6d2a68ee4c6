package org.cellcompare.rates;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cellcompare.ingest.InputProblem;

/**
 * One file in the ECB's layout: a "Date" column, then one column per currency, "N/A" where the
 * ECB has no rate that day. The ECB lists its newest day first, but a file appended to or sorted
 * by hand may not, so every row's date is read, and each currency gets the rate of the newest day
 * on or before the report date whatever the order. Only the days that can matter (those within
 * {@link #QUOTED_WITHIN_DAYS} of that newest day) are split into numbers, which keeps the quarter
 * century of history cheap to pass over.
 */
final class EcbRatesFile {

    /**
     * An ECB currency whose last rate is this much older than the ECB's newest day is no longer
     * quoted (replaced by the euro, like CYP, or suspended, like RUB since 2022) and is not used;
     * so no day older than this can give a rate.
     */
    static final int QUOTED_WITHIN_DAYS = 31;
    private static final DateTimeFormatter ECB_DAILY_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final String FIX = "Replace the file with a fresh copy from the ECB (eurofxref-hist.zip), or run with --update-rates.";

    private final String shown;
    private final LocalDate reportDate;
    private final List<InputProblem> problems;
    private final Map<String, Rate> rates = new LinkedHashMap<>();
    private LocalDate earliest;

    /** A day read but not yet split: its date, where it is, and the line as written. */
    private record Day(LocalDate date, int row, String line) {
    }

    private EcbRatesFile(String shown, LocalDate reportDate, List<InputProblem> problems) {
        this.shown = shown;
        this.reportDate = reportDate;
        this.problems = problems;
    }

    /** The newest usable rate of each currency on or before the report date; null when the file is not in the ECB's layout. */
    static FileRates read(BufferedReader reader, String shown, LocalDate reportDate, List<InputProblem> problems)
            throws IOException {
        String headerLine = reader.readLine();
        if (headerLine == null || !isHeader(headerLine)) {
            problems.add(InputProblem.forFile(shown, "This file is not in the ECB's reference-rate layout (it should start with 'Date,USD,JPY,...').",
                    "Use eurofxref-hist.csv or eurofxref-hist.zip exactly as the ECB publishes it."));
            return null;
        }
        EcbRatesFile file = new EcbRatesFile(shown, reportDate, problems);
        file.readDays(reader, file.columns(split(headerLine.replace("\uFEFF", ""))));
        return new FileRates(List.copyOf(file.rates.values()), file.earliest);
    }

    private static boolean isHeader(String line) {
        String first = line.replace("\uFEFF", "").strip();
        return first.regionMatches(true, 0, "Date", 0, 4) && (first.length() == 4 || first.charAt(4) == ',' || first.charAt(4) == ' ');
    }

    /** The currency of each column, null for the date and for a column that names no currency. */
    private String[] columns(String[] header) {
        String[] currencies = new String[header.length];
        for (int i = 1; i < header.length; i++) {
            String name = header[i].toUpperCase(Locale.ROOT);
            if (name.matches("[A-Z]{3}")) {
                currencies[i] = name;
            } else if (!name.isEmpty()) {
                problems.add(new InputProblem(shown, null, 1, header[i], header[i],
                        "This column heading is not a currency code, so the column was not read.", FIX,
                        InputProblem.Outcome.COLUMN_NOT_USED));
            }
        }
        return currencies;
    }

    private void readDays(BufferedReader reader, String[] currencies) throws IOException {
        List<Day> days = new ArrayList<>();
        LocalDate newest = null;
        String line;
        int row = 1;
        while ((line = reader.readLine()) != null) {
            row++;
            if (line.isBlank()) {
                continue;
            }
            int comma = line.indexOf(',');
            String dateText = (comma < 0 ? line : line.substring(0, comma)).strip();
            LocalDate date = date(dateText);
            if (date == null) {
                if (!isHeader(line) && !isEmptyRow(line)) { // a copy pasted below the first repeats the header
                    problems.add(new InputProblem(shown, null, row, "Date", dateText,
                            "This is not a date, so this day's rates were not used.", FIX,
                            InputProblem.Outcome.REFERENCE_ROW_NOT_USED));
                }
                continue;
            }
            earliest = earliest == null || date.isBefore(earliest) ? date : earliest;
            if (date.isAfter(reportDate)) {
                continue; // a later month's rate
            }
            if (newest == null || date.isAfter(newest)) {
                newest = date;
            }
            if (!date.isBefore(newest.minusDays(QUOTED_WITHIN_DAYS))) {
                days.add(new Day(date, row, line));
            }
        }
        if (newest != null) {
            LocalDate oldestThatCounts = newest.minusDays(QUOTED_WITHIN_DAYS);
            days.removeIf(day -> day.date().isBefore(oldestThatCounts));
            days.sort(Comparator.comparing(Day::date).reversed()); // stable: the same day twice keeps file order
            useNewestFirst(days, currencies);
        }
    }

    private void useNewestFirst(List<Day> days, String[] currencies) {
        int width = 0;
        for (int i = 0; i < currencies.length; i++) {
            width = currencies[i] != null ? i + 1 : width;
        }
        Map<LocalDate, Integer> rowOfDay = new HashMap<>();
        for (Day day : days) {
            Integer earlier = rowOfDay.get(day.date());
            if (earlier != null) {
                problems.add(new InputProblem(shown, null, day.row(), "Date", day.date().toString(),
                        "This day is also at row " + earlier + ", whose rates were used; this row was not.", FIX,
                        InputProblem.Outcome.REFERENCE_ROW_NOT_USED));
                continue;
            }
            String[] fields = split(day.line());
            if (fields.length < width) {
                problems.add(new InputProblem(shown, null, day.row(), currencies[fields.length],
                        day.line(), "This row ends after " + (fields.length - 1) + " of the file's " + currencyCount(currencies)
                        + " currencies, so its numbers may sit under the wrong currencies; none of this day's rates were used.",
                        FIX, InputProblem.Outcome.REFERENCE_ROW_NOT_USED));
                continue;
            }
            if (hasValuesBeyond(fields, width)) {
                problems.add(new InputProblem(shown, null, day.row(), null, day.line(),
                        "This row has more values than the file has currencies, so its numbers may sit under the wrong"
                                + " currencies; none of this day's rates were used.",
                        FIX, InputProblem.Outcome.REFERENCE_ROW_NOT_USED));
                continue;
            }
            rowOfDay.put(day.date(), day.row());
            for (int i = 1; i < width; i++) {
                if (currencies[i] != null) {
                    use(currencies[i], fields[i], day);
                }
            }
        }
    }

    private void use(String currency, String value, Day day) {
        if (value.isEmpty() || value.equalsIgnoreCase("N/A")) {
            return; // the ECB has no rate for this currency that day
        }
        UnitsPerEur.Reading units = UnitsPerEur.read(value);
        if (!units.usable()) {
            problems.add(new InputProblem(shown, null, day.row(), currency, value,
                    units.problem() + " So this day's " + currency + " rate was not used; the rate of an earlier day is, if there is one.",
                    FIX, InputProblem.Outcome.REFERENCE_ROW_NOT_USED));
            return;
        }
        rates.putIfAbsent(currency, new Rate(currency, units.units(), day.date(), RatesFolder.ECB_SOURCE + " (" + shown + ")"));
    }

    /** Only separators, as a spreadsheet saves the empty rows under a table. */
    private static boolean isEmptyRow(String line) {
        return line.replace(",", "").isBlank();
    }

    private static int currencyCount(String[] currencies) {
        int count = 0;
        for (String currency : currencies) {
            count += currency == null ? 0 : 1;
        }
        return count;
    }

    private static boolean hasValuesBeyond(String[] fields, int width) {
        for (int i = width; i < fields.length; i++) {
            if (!fields[i].isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static String[] split(String line) {
        String[] parts = line.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].strip();
        }
        return parts;
    }

    /** The history's "2026-04-13" or the daily file's "13 April 2026"; null for anything else. */
    static LocalDate date(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year < 0 || month < 0 || day < 0) {
                return null;
            }
            try {
                return LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                return null;
            }
        }
        try {
            return LocalDate.parse(text, ECB_DAILY_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
