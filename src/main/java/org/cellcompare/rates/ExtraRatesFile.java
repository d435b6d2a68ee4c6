package org.cellcompare.rates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cellcompare.ingest.CellValue;
import org.cellcompare.ingest.InputProblem;
import org.cellcompare.ingest.SourceRow;
import org.cellcompare.ingest.TableFile;
import org.cellcompare.ingest.TableFiles;
import org.cellcompare.ingest.TableSheet;
import org.cellcompare.text.ColumnNames;
import org.cellcompare.text.Folding;
import org.cellcompare.text.Texts;

/**
 * {@code extra-rates.csv}: {@code currency, units_per_eur, date, source}, one rate a row, for
 * currencies the ECB does not quote (VND, COP, PAB...). It is read like an offering CSV (any
 * encoding, BOM, separator or line end; quoted values may hold commas), because analysts write
 * it by hand in a spreadsheet.
 *
 * <p>What is forgiven: a missing header (the documented order is used); header names in any case
 * and spacing, in any order, and a misspelled one where the documented order says what it is; a
 * currency code in lower case; a row with more cells than the header, whose extra text belongs to
 * the source (an unquoted comma). What is not: a code that is not ISO 4217, a rate that is not a
 * number real currencies have, a date not written 2026-04-10, a row cut short. Each such row is
 * one Input problems line and the other rows are used. For a currency with several rows the
 * newest date on or before the report date wins; two rows for the same day are a mistake, and the
 * one nearer the top is used. Rows dated after the report date belong to a later month and are
 * passed over without a line, as the ECB's are.
 */
final class ExtraRatesFile {

    private static final String EXAMPLE = ", as in: VND,30500,2026-04-10,State Bank of Vietnam";
    private static final String HEADER_FIX = "Name the columns currency, units_per_eur, date, source.";
    private static final Set<String> ISO_4217 = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    /** The columns in their documented order, each with the names an analyst might give it. */
    enum Column {
        CURRENCY("currency", true, "currency", "currency code", "code", "ccy", "iso code", "iso 4217"),
        UNITS_PER_EUR("units_per_eur", true, "units per eur", "units per euro", "units per 1 eur", "rate", "eur rate",
                "rate per eur", "per eur", "per euro"),
        DATE("date", true, "date", "rate date", "as of", "as of date"),
        SOURCE("source", false, "source", "sources", "note", "notes");

        private static final ColumnNames<Column> NAMES = new ColumnNames<>(Column.class, column -> column.names);

        private final String documented;
        private final boolean required;
        private final List<String> names;

        Column(String documented, boolean required, String... aliases) {
            this.documented = documented;
            this.required = required;
            List<String> all = new ArrayList<>(List.of(documented));
            all.addAll(List.of(aliases));
            this.names = List.copyOf(all);
        }

        static Column named(String header) {
            return NAMES.named(header);
        }
    }

    /** Where each column is, what the file calls it, and how wide the table is. */
    private record Layout(Map<Column, Integer> index, Map<Column, String> names, int width, boolean fromHeader) {

        static Layout documentedOrder() {
            Map<Column, Integer> index = new EnumMap<>(Column.class);
            Map<Column, String> names = new EnumMap<>(Column.class);
            for (Column column : Column.values()) {
                index.put(column, column.ordinal());
                names.put(column, column.documented);
            }
            return new Layout(index, names, Column.values().length, false);
        }

        String name(Column column) {
            return names.get(column);
        }

        CellValue cell(SourceRow row, Column column) {
            Integer at = index.get(column);
            return at == null ? CellValue.BLANK : row.cell(at);
        }

        /** Cells a row must reach to hold every required column. */
        int needed() {
            int needed = 0;
            for (Column column : Column.values()) {
                if (column.required) {
                    needed = Math.max(needed, index.get(column) + 1);
                }
            }
            return needed;
        }

        boolean isHeaderAgain(SourceRow row) {
            return fromHeader && Folding.key(cell(row, Column.CURRENCY).text()).equals(Folding.key(name(Column.CURRENCY)));
        }
    }

    /** The rate a currency gets, and the row it came from. */
    private record Chosen(Rate rate, int row) {
    }

    private final String shown;
    private final LocalDate reportDate;
    private final List<InputProblem> problems;
    private final Map<String, Chosen> chosen = new LinkedHashMap<>();
    private LocalDate earliest;

    private ExtraRatesFile(String shown, LocalDate reportDate, List<InputProblem> problems) {
        this.shown = shown;
        this.reportDate = reportDate;
        this.problems = problems;
    }

    /** The rates the file offers for the report date; null when the file as a whole could not be read. */
    static FileRates read(Path file, String shown, LocalDate reportDate, List<InputProblem> problems) {
        ExtraRatesFile reading = new ExtraRatesFile(shown, reportDate, problems);
        if (isEmpty(file)) {
            return new FileRates(List.of(), null); // a file kept for later, with nothing in it yet
        }
        try (TableFile table = TableFiles.open(file)) {
            Iterator<TableSheet> sheets = table.sheets();
            if (sheets.hasNext() && !reading.readRows(sheets.next().rows())) {
                return null;
            }
        } catch (IOException | RuntimeException e) {
            problems.add(InputProblem.forFile(shown, "The file could not be read as a CSV table (" + e.getMessage() + ").",
                    "Save extra-rates.csv as CSV (comma-separated) with the columns currency, units_per_eur, date, source."));
            return null;
        }
        return new FileRates(reading.chosen.values().stream().map(Chosen::rate).toList(), reading.earliest);
    }

    private static boolean isEmpty(Path file) {
        try {
            return Files.size(file) == 0;
        } catch (IOException e) {
            return false; // opening it will say what is wrong
        }
    }

    /** False when the header lacks a column every rate needs, so nothing in the file can be used. */
    private boolean readRows(Iterator<SourceRow> rows) {
        Layout layout = null;
        int lastRow = 0;
        try {
            while (rows.hasNext()) {
                SourceRow row = rows.next();
                lastRow = row.rowNumber();
                if (row.isBlank()) {
                    continue;
                }
                if (layout == null) {
                    if (isHeader(row)) {
                        layout = layoutOf(row);
                        if (layout == null) {
                            return false;
                        }
                        continue;
                    }
                    layout = Layout.documentedOrder();
                } else if (layout.isHeaderAgain(row)) {
                    continue;
                }
                readRate(row, layout);
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            problems.add(new InputProblem(shown, null, lastRow + 1, null, null,
                    "Reading stopped here: " + whyStopped(e) + ". The rows above were used; this row and those below were not.",
                    "Look for a quote (\") that is opened and never closed, or a line that runs on without end.",
                    InputProblem.Outcome.REFERENCE_ROW_NOT_USED));
        }
        return true;
    }

    /** OpenCSV's words for a quote never closed quote the lost text; an analyst needs only what to look for. */
    static String whyStopped(Throwable error) {
        String message = String.valueOf(error.getCause() != null ? error.getCause().getMessage() : error.getMessage());
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("unterminated") || lower.contains("multiline limit") || lower.contains("more lines than")) {
            return "a quote (\") opened in this row is never closed, so the rest of the file runs together";
        }
        return Texts.fit(message.strip(), 200);
    }

    /** A first row that names a known column, or that cannot be a rate, is a header; a rate row means there is none. */
    private static boolean isHeader(SourceRow row) {
        for (CellValue cell : row.cells()) {
            if (Column.named(cell.text()) != null) {
                return true;
            }
        }
        boolean looksLikeRate = ISO_4217.contains(row.cell(0).text().toUpperCase(Locale.ROOT))
                || units(row.cell(1)).usable() || date(row.cell(2)) != null;
        return !looksLikeRate;
    }

    /** The columns the header names; a misspelled name is read by its documented position. Null when a required column is missing. */
    private Layout layoutOf(SourceRow header) {
        Map<Column, Integer> index = new EnumMap<>(Column.class);
        Map<Column, String> names = new EnumMap<>(Column.class);
        Map<Integer, String> unknown = new LinkedHashMap<>();
        int width = 0;
        for (int i = 0; i < header.cells().size(); i++) {
            String text = header.cell(i).text();
            if (text.isEmpty()) {
                continue;
            }
            width = i + 1;
            Column column = Column.named(text);
            if (column == null) {
                unknown.put(i, text);
            } else if (index.containsKey(column)) {
                problems.add(new InputProblem(shown, null, header.rowNumber(), text, text,
                        "A second " + column.documented + " column; only the first one was read.", HEADER_FIX,
                        InputProblem.Outcome.COLUMN_NOT_USED));
            } else {
                index.put(column, i);
                names.put(column, text);
            }
        }
        for (Column column : Column.values()) {
            int at = column.ordinal();
            if (index.containsKey(column) || index.containsValue(at)) {
                continue;
            }
            String written = unknown.remove(at);
            index.put(column, at);
            names.put(column, written == null ? column.documented : written);
            width = Math.max(width, at + 1);
            if (written != null || column.required) {
                problems.add(new InputProblem(shown, null, header.rowNumber(), written, written,
                        (written == null ? "Column " + (at + 1) + " has no name" : "'" + written + "' is not a column name CellCompare knows")
                                + ", so it was read as " + column.documented
                                + ", as the documented order (currency, units_per_eur, date, source) has it.",
                        HEADER_FIX, InputProblem.Outcome.NOTE));
            }
        }
        for (Column column : Column.values()) {
            if (column.required && !index.containsKey(column)) {
                problems.add(InputProblem.forFile(shown, "The header has no " + column.documented + " column, so no rate in this file was used.",
                        HEADER_FIX));
                return null;
            }
        }
        unknown.forEach((at, text) -> problems.add(new InputProblem(shown, null, header.rowNumber(), text, text,
                "'" + text + "' is not a column CellCompare reads, so it was ignored.", HEADER_FIX, InputProblem.Outcome.COLUMN_NOT_USED)));
        return new Layout(index, names, width, true);
    }

    private void readRate(SourceRow row, Layout layout) {
        if (row.cells().size() < layout.needed()) {
            Column missing = firstMissing(row, layout);
            notUsed(row, layout.name(missing), rowText(row), "This row has only " + row.cells().size() + " of the "
                    + layout.needed() + " columns it needs, so it has no " + layout.name(missing) + ".",
                    "Write the currency, units per euro, date and source" + EXAMPLE);
            return;
        }
        CellValue currencyCell = layout.cell(row, Column.CURRENCY);
        String currency = currencyCell.text().toUpperCase(Locale.ROOT);
        String currencyProblem = currencyProblem(currency);
        if (currencyProblem != null) {
            notUsed(row, layout.name(Column.CURRENCY), currencyCell.text(), currencyProblem,
                    "Write the currency's three-letter ISO 4217 code" + EXAMPLE);
            return;
        }
        CellValue unitsCell = layout.cell(row, Column.UNITS_PER_EUR);
        UnitsPerEur.Reading units = units(unitsCell);
        if (!units.usable()) {
            notUsed(row, layout.name(Column.UNITS_PER_EUR), unitsCell.text(), units.problem(),
                    "Write how many " + currency + " one euro buys, in digits with a point for decimals" + EXAMPLE);
            return;
        }
        CellValue dateCell = layout.cell(row, Column.DATE);
        LocalDate date = date(dateCell);
        if (date == null) {
            notUsed(row, layout.name(Column.DATE), dateCell.text(), dateCell.text().isEmpty() ? "There is no date."
                    : "This is not a date written as year-month-day, such as 2026-04-10.",
                    "Write the date of the rate as year-month-day" + EXAMPLE);
            return;
        }
        earliest = earliest == null || date.isBefore(earliest) ? date : earliest;
        if (date.isAfter(reportDate)) {
            return; // a later month's rate
        }
        Chosen known = chosen.get(currency);
        if (known != null && known.rate().date().equals(date)) {
            notUsed(row, layout.name(Column.CURRENCY), currencyCell.text(), currency + " has another rate for " + date + " at row "
                    + known.row() + "; the row nearer the top is the one used for that day.",
                    "Keep one row per currency and date: delete or correct one of them.");
            return;
        }
        if (known == null || date.isAfter(known.rate().date())) {
            chosen.put(currency, new Chosen(new Rate(currency, units.units(), date, source(row, layout)), row.rowNumber()));
        }
    }

    private static Column firstMissing(SourceRow row, Layout layout) {
        return Arrays.stream(Column.values()).filter(column -> column.required && layout.index().get(column) >= row.cells().size())
                .min(Comparator.comparing(column -> layout.index().get(column))).orElseThrow();
    }

    private static String currencyProblem(String code) {
        if (code.isEmpty()) {
            return "There is no currency code.";
        }
        if (!code.matches("[A-Z]{3}")) {
            return "This is not a currency code: write the three-letter ISO 4217 code, such as VND.";
        }
        if (!ISO_4217.contains(code)) {
            return code + " is not an ISO 4217 currency code.";
        }
        if (code.equals(ExchangeRates.EUR)) {
            return "Every rate is counted in euros, so the euro itself needs no rate.";
        }
        return null;
    }

    /** The source as written; text past the header's last column is the rest of a source with unquoted commas. */
    private String source(SourceRow row, Layout layout) {
        String source = layout.cell(row, Column.SOURCE).text();
        List<String> beyond = new ArrayList<>();
        for (int i = layout.width(); i < row.cells().size(); i++) {
            if (!row.cell(i).text().isEmpty()) {
                beyond.add(row.cell(i).text());
            }
        }
        Integer sourceAt = layout.index().get(Column.SOURCE);
        if (!beyond.isEmpty()) {
            String extra = String.join(", ", beyond);
            boolean sourceIsLast = sourceAt != null && sourceAt == layout.width() - 1;
            if (sourceIsLast) {
                source = source.isEmpty() ? extra : source + ", " + extra;
            }
            problems.add(new InputProblem(shown, null, row.rowNumber(), sourceIsLast ? layout.name(Column.SOURCE) : null, extra,
                    "This row has more cells than the header; " + (sourceIsLast
                            ? "they were read as the rest of the source (a source that holds commas needs quotes)."
                            : "they were ignored."),
                    "Put a source that holds commas in double quotes: \"State Bank, Hanoi\".", InputProblem.Outcome.NOTE));
        }
        if (source.length() > Rate.MAX_SOURCE_LENGTH) {
            problems.add(new InputProblem(shown, null, row.rowNumber(), layout.name(Column.SOURCE), source,
                    "The source is " + String.format("%,d", source.length()) + " characters long; only the first "
                            + Rate.MAX_SOURCE_LENGTH + " are kept.",
                    "Shorten the source to a name and an address.", InputProblem.Outcome.NOTE));
            source = Texts.fit(source, Rate.MAX_SOURCE_LENGTH);
        }
        return source.isEmpty() ? shown : source;
    }

    private void notUsed(SourceRow row, String column, String value, String reason, String fix) {
        problems.add(new InputProblem(shown, null, row.rowNumber(), column, value, reason, fix,
                InputProblem.Outcome.REFERENCE_ROW_NOT_USED));
    }

    private static UnitsPerEur.Reading units(CellValue cell) {
        BigDecimal number = cell.number();
        return number != null ? UnitsPerEur.check(number) : UnitsPerEur.read(cell.text());
    }

    private static LocalDate date(CellValue cell) {
        if (cell.date() != null) {
            return cell.date();
        }
        try {
            return LocalDate.parse(cell.text());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String rowText(SourceRow row) {
        List<String> texts = new ArrayList<>();
        row.cells().forEach(cell -> texts.add(cell.text()));
        return String.join(",", texts);
    }
}
