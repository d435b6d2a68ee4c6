package org.cellcompare.travel;

import static org.cellcompare.travel.TravelCells.cell;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cellcompare.ingest.CellValue;
import org.cellcompare.ingest.InputProblem;
import org.cellcompare.ingest.SourceRow;
import org.cellcompare.ingest.TableFile;
import org.cellcompare.ingest.TableFiles;
import org.cellcompare.ingest.TableSheet;
import org.cellcompare.text.ColumnNames;
import org.cellcompare.text.Folding;

/**
 * One file of the U.S. State Department's foreign per diem rates, as it publishes them (Excel) or
 * as CSV: {@code Country, Location, Season Code, Season Start Date, Season End Date, Lodging, Meals
 * & Incidentals, Per Diem, Effective Date, Footnote Reference, Location Code, Publication Date}.
 * Columns are found by their names, in any order; those not listed here are not read.
 *
 * <p>Each row that cannot be used is one Input problems line and the other rows are used: a
 * country name that maps to no country CellCompare knows (one line per name, at its first row), a
 * location left blank, a season date or an amount that cannot be read, a row that repeats an
 * earlier one's place and season (the first is used). A file without the columns every rate needs
 * is one line, and is not used.
 */
public final class PerDiemFile {

    private static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);
    private static final String OTHER = "[Other]";
    private static final Pattern YEAR_MONTH = Pattern.compile("(?<!\\d)(20\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?i)(january|february|march|april|may|june|july|august"
            + "|september|october|november|december)[ _-]?(20\\d{2})");
    private static final String FIX = "Use the State Department's per diem file as published (allowances.state.gov), unchanged.";

    /** The columns read, with the names the State Department gives them. */
    enum Column {
        // the Department's Excel has named some columns differently from one month to another
        COUNTRY(true, "Country", "Country Name"),
        LOCATION(true, "Location", "Location Name"),
        SEASON_START(true, "Season Start Date", "Season Begin Date", "Season Start", "Season Begin"),
        SEASON_END(true, "Season End Date", "Season End"),
        LODGING(true, "Lodging", "Lodging Rate", "Maximum Lodging Rate"),
        MEALS(true, "Meals & Incidentals", "Meal & Incidentals", "Meals and Incidentals", "M&IE", "M&IE Rate"),
        PUBLISHED(false, "Publication Date");

        private static final ColumnNames<Column> NAMES = new ColumnNames<>(Column.class, column -> column.names);

        private final boolean required;
        private final List<String> names;

        Column(boolean required, String... names) {
            this.required = required;
            this.names = List.of(names);
        }
    }

    private final String shown;
    private final TravelCountries countries;
    private final List<InputProblem> problems;
    private final List<PerDiemRate> rates = new ArrayList<>();
    private final Set<String> places = new HashSet<>();
    private final Map<String, Integer> unknownCountries = new LinkedHashMap<>();
    private LocalDate published;
    private boolean headerSeen;

    private PerDiemFile(String shown, TravelCountries countries, List<InputProblem> problems) {
        this.shown = shown;
        this.countries = countries;
        this.problems = problems;
    }

    /** The file's rates; null when it could not be read as a per diem table at all. */
    public static PerDiemTable read(Path file, String shown, TravelCountries countries, List<InputProblem> problems) {
        PerDiemFile reading = new PerDiemFile(shown, countries, problems);
        try (TableFile table = TableFiles.open(file)) {
            Iterator<TableSheet> sheets = table.sheets();
            if (!sheets.hasNext()
                    || TravelCells.readUnderHeader(sheets.next().rows(), reading::layoutOf, reading::readRate) == null) {
                if (!reading.headerSeen) {
                    problems.add(InputProblem.forFile(shown, "The file holds no per diem rates.", FIX));
                }
                return null;
            }
        } catch (IOException | RuntimeException e) {
            problems.add(InputProblem.forFile(shown, "The file could not be read as a per diem table (" + e.getMessage() + ").",
                    FIX));
            return null;
        }
        reading.unknownCountries.forEach((name, row) -> problems.add(new InputProblem(shown, null, row, "Country", name,
                "No country CellCompare knows is named \"" + name + "\", so its rows were not used.",
                "Ask for the name to be added to CellCompare's State Department names (travel/TravelCountries).",
                InputProblem.Outcome.TRAVEL_ROW_NOT_USED)));
        return new PerDiemTable(shown, reading.published != null ? reading.published : publishedIn(file), reading.rates);
    }

    /**
     * A file without a publication date column is dated by its name, as the Department names its
     * files ("April2026PD.xls") or as {@code --update-travel} saves them ("foreign-per-diem-2026-04.xlsx");
     * else null, which counts as older than any dated file.
     */
    static LocalDate publishedIn(Path file) {
        String name = file.getFileName().toString();
        Matcher numbers = YEAR_MONTH.matcher(name);
        if (numbers.find()) {
            int month = Integer.parseInt(numbers.group(2));
            return month >= 1 && month <= 12 ? LocalDate.of(Integer.parseInt(numbers.group(1)), month, 1) : null;
        }
        Matcher words = MONTH_YEAR.matcher(name);
        if (words.find()) {
            Month month = Month.valueOf(words.group(1).toUpperCase(Locale.ROOT));
            return LocalDate.of(Integer.parseInt(words.group(2)), month, 1);
        }
        return null;
    }

    private Map<Column, Integer> layoutOf(SourceRow header) {
        headerSeen = true;
        Map<Column, Integer> layout = TravelCells.columns(header, Column.NAMES, Column.class);
        List<String> missing = new ArrayList<>();
        for (Column column : Column.values()) {
            if (column.required && !layout.containsKey(column)) {
                missing.add(column.names.get(0));
            }
        }
        if (!missing.isEmpty()) {
            problems.add(InputProblem.forFile(shown, "The first row does not name the per diem columns (missing: "
                    + String.join(", ", missing) + "), so the file was not used.", FIX));
            return null;
        }
        return layout;
    }

    private void readRate(SourceRow row, Map<Column, Integer> layout) {
        String country = cell(row, layout, Column.COUNTRY).text().strip();
        String location = cell(row, layout, Column.LOCATION).text().strip();
        if (country.isEmpty() || location.isEmpty()) {
            notUsed(row, country.isEmpty() ? "Country" : "Location", "", "The row names no "
                    + (country.isEmpty() ? "country" : "location") + ".");
            return;
        }
        if (Folding.key(country).equals(TravelCountries.OTHER_LOCALITIES)) {
            return;
        }
        String code = countries.codeOf(country);
        if (code == null) {
            unknownCountries.putIfAbsent(country, row.rowNumber());
            return;
        }
        MonthDay start = monthDay(cell(row, layout, Column.SEASON_START));
        MonthDay end = monthDay(cell(row, layout, Column.SEASON_END));
        BigDecimal lodging = amount(cell(row, layout, Column.LODGING));
        BigDecimal meals = amount(cell(row, layout, Column.MEALS));
        if (start == null || end == null) {
            CellValue bad = start == null ? cell(row, layout, Column.SEASON_START) : cell(row, layout, Column.SEASON_END);
            notUsed(row, start == null ? "Season Start Date" : "Season End Date", bad.text(), "The season's date cannot be read.");
            return;
        }
        if (lodging == null || meals == null) {
            CellValue bad = lodging == null ? cell(row, layout, Column.LODGING) : cell(row, layout, Column.MEALS);
            notUsed(row, lodging == null ? "Lodging" : "Meals & Incidentals", bad.text(),
                    "The amount is not a number of U.S. dollars of 0 or more.");
            return;
        }
        String place = location.equals(OTHER) ? null : location;
        if (!places.add(code + '\u0000' + (place == null ? "" : Folding.key(place)) + '\u0000' + start)) {
            notUsed(row, "Location", location, "An earlier row has the same country, location and season; that one was used.");
            return;
        }
        rates.add(new PerDiemRate(code, country, place, start, end, lodging, meals, row.rowNumber()));
        LocalDate rowPublished = publication(cell(row, layout, Column.PUBLISHED));
        if (rowPublished != null && (published == null || rowPublished.isAfter(published))) {
            published = rowPublished;
        }
    }

    private void notUsed(SourceRow row, String column, String value, String reason) {
        problems.add(new InputProblem(shown, null, row.rowNumber(), column, value, reason, FIX,
                InputProblem.Outcome.TRAVEL_ROW_NOT_USED));
    }

    /** A season's bounds: the year is the publication's and does not matter; the month and day do. */
    private static MonthDay monthDay(CellValue cell) {
        LocalDate date = TravelCells.date(cell);
        return date == null ? null : MonthDay.from(date);
    }

    private static BigDecimal amount(CellValue cell) {
        BigDecimal value = TravelCells.number(cell);
        return value == null || value.signum() < 0 ? null : value;
    }

    /** "April 1, 2026", as the Department writes it, a date cell, or 2026-04-01. */
    private static LocalDate publication(CellValue cell) {
        String text = cell.text().strip();
        if (cell.date() == null && !text.isEmpty()) {
            try {
                return LocalDate.parse(text, PUBLISHED);
            } catch (DateTimeParseException e) {
                // not the Department's own form; a plain date may still be
            }
        }
        return TravelCells.date(cell);
    }
}
