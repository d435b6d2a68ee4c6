package org.cellcompare.travel;

import static org.cellcompare.travel.TravelCells.cell;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Currency;
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
import org.cellcompare.normalize.CountryNames;
import org.cellcompare.text.ColumnNames;

/**
 * {@code input/travel/flights.csv}: {@code country, return_fare, currency, date, source}, kept by
 * the nonprofit for its families' home city, one return fare for one traveller a row. It is read
 * like any table CellCompare reads (any encoding, separator or line end), and its columns are
 * found by name. Each unusable row is one Input problems line and the others are used: a country
 * no one knows, a fare that is not a number above 0, a currency that is not ISO 4217, a date not
 * written 2026-04-10. Of several rows for a country the newest date wins; two on the same day are
 * a mistake, and the one nearer the top is used.
 */
public final class FlightFaresFile {

    private static final Set<String> ISO_4217 = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());
    private static final String FIX = "Write one row per country: country,return_fare,currency,date,source,"
            + " as in: Thailand,1450,USD,2026-11-02,airline quote for two adults from Lima.";

    enum Column {
        COUNTRY(true, "country", "destination"),
        RETURN_FARE(true, "return_fare", "return fare", "fare", "price"),
        CURRENCY(true, "currency", "ccy"),
        DATE(true, "date", "quoted on", "as of"),
        SOURCE(false, "source", "note", "notes");

        private static final ColumnNames<Column> NAMES = new ColumnNames<>(Column.class, column -> column.names);

        private final boolean required;
        private final List<String> names;

        Column(boolean required, String... names) {
            this.required = required;
            this.names = List.of(names);
        }
    }

    private final String shown;
    private final CountryNames countries;
    private final List<InputProblem> problems;
    private final Map<String, FlightFare> fares = new LinkedHashMap<>();

    private FlightFaresFile(String shown, CountryNames countries, List<InputProblem> problems) {
        this.shown = shown;
        this.countries = countries;
        this.problems = problems;
    }

    /** The fare for each country the file names; empty when the file could not be read. */
    public static Map<String, FlightFare> read(Path file, String shown, CountryNames countries, List<InputProblem> problems) {
        FlightFaresFile reading = new FlightFaresFile(shown, countries, problems);
        try (TableFile table = TableFiles.open(file)) {
            Iterator<TableSheet> sheets = table.sheets();
            if (sheets.hasNext()) {
                TravelCells.readUnderHeader(sheets.next().rows(), reading::layoutOf, reading::readFare);
            }
        } catch (IOException | RuntimeException e) {
            problems.add(InputProblem.forFile(shown, "The file could not be read as a table of fares (" + e.getMessage() + ").",
                    FIX));
            return Map.of();
        }
        return Collections.unmodifiableMap(reading.fares);
    }

    private Map<Column, Integer> layoutOf(SourceRow header) {
        Map<Column, Integer> layout = TravelCells.columns(header, Column.NAMES, Column.class);
        for (Column column : Column.values()) {
            if (column.required && !layout.containsKey(column)) {
                problems.add(InputProblem.forFile(shown, "The first row names no " + column.names.get(0)
                        + " column, so no fare was used.", FIX));
                return null;
            }
        }
        return layout;
    }

    private void readFare(SourceRow row, Map<Column, Integer> layout) {
        String country = cell(row, layout, Column.COUNTRY).text().strip();
        String code = countries.codeOf(country);
        if (code == null) {
            notUsed(row, "country", country, "No country is named \"" + country + "\".");
            return;
        }
        CellValue fareCell = cell(row, layout, Column.RETURN_FARE);
        BigDecimal fare = fare(fareCell);
        if (fare == null) {
            notUsed(row, "return_fare", fareCell.text(), "The fare is not a number above 0.");
            return;
        }
        String currency = cell(row, layout, Column.CURRENCY).text().strip().toUpperCase(Locale.ROOT);
        if (!ISO_4217.contains(currency)) {
            notUsed(row, "currency", currency, "The currency is not an ISO 4217 code such as USD or EUR.");
            return;
        }
        CellValue dateCell = cell(row, layout, Column.DATE);
        LocalDate date = TravelCells.date(dateCell);
        if (date == null) {
            notUsed(row, "date", dateCell.text(), "The date is not written as 2026-11-02.");
            return;
        }
        FlightFare earlier = fares.get(code);
        if (earlier != null && !date.isAfter(earlier.date())) {
            if (date.isEqual(earlier.date())) {
                notUsed(row, "country", country, "Row " + earlier.row() + " gives a fare for the same country on the same day;"
                        + " that one was used.");
            }
            return;
        }
        fares.put(code, new FlightFare(code, fare, currency, date, cell(row, layout, Column.SOURCE).text().strip(),
                row.rowNumber()));
    }

    private void notUsed(SourceRow row, String column, String value, String reason) {
        problems.add(new InputProblem(shown, null, row.rowNumber(), column, value, reason, FIX,
                InputProblem.Outcome.TRAVEL_ROW_NOT_USED));
    }

    private static BigDecimal fare(CellValue cell) {
        BigDecimal value = TravelCells.number(cell);
        return value != null && value.signum() > 0 ? value : null;
    }
}
