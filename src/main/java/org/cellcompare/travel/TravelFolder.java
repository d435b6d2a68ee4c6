package org.cellcompare.travel;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cellcompare.files.FolderEntries;
import org.cellcompare.ingest.InputProblem;
import org.cellcompare.normalize.CountryNames;

/**
 * Reads {@code input/travel/}: the State Department's per diem files (Excel as it publishes them,
 * or CSV), of which the newest publication is used, and the nonprofit's optional
 * {@code flights.csv}. A file that cannot be used is an Input problems line, and the month goes on
 * without what it would have given: with no usable per diem file, without trip estimates.
 */
public final class TravelFolder {

    public static final String NAME = "travel";
    public static final String FLIGHTS = "flights.csv";

    /** What was read, and every problem found on the way. */
    public record Result(TravelCosts costs, List<InputProblem> problems) {
    }

    private TravelFolder() {
    }

    public static Result read(Path input, TravelCountries departmentNames, CountryNames countries) throws IOException {
        Path folder = input.resolve(NAME);
        List<InputProblem> problems = new ArrayList<>();
        List<PerDiemTable> tables = new ArrayList<>();
        Map<String, FlightFare> flights = Map.of();
        String flightsFile = null;
        for (FolderEntries.Entry entry : FolderEntries.list(folder, input)) {
            String shown = NAME + "/" + entry.name();
            String lower = entry.name().toLowerCase(Locale.ROOT);
            if (!entry.readable()) {
                if (entry.kind() != FolderEntries.Kind.HIDDEN) {
                    problems.add(InputProblem.forFile(shown, entry.kind().reason(), entry.kind().fix()));
                }
            } else if (lower.equals(FLIGHTS)) {
                flights = FlightFaresFile.read(entry.path(), shown, countries, problems);
                flightsFile = shown;
            } else if (lower.endsWith(".csv") || lower.endsWith(".xlsx") || lower.endsWith(".xls")) {
                tables.add(PerDiemFile.read(entry.path(), shown, departmentNames, problems));
            } else if (!lower.equals("readme.md")) {
                problems.add(InputProblem.forFile(shown, "This is not a per diem or flights file CellCompare reads.",
                        "Keep only the State Department's per diem file (Excel or CSV) and flights.csv in input/travel/."));
            }
        }
        PerDiemTable newest = PerDiemTable.newest(tables).orElse(null);
        return new Result(new TravelCosts(newest, flights, flightsFile), problems);
    }

    /** The rates of the table in force on {@code day}: the rows a month's estimates can use. */
    public static List<PerDiemRate> inForce(PerDiemTable table, LocalDate day) {
        return table.rates().stream().filter(rate -> rate.covers(day)).toList();
    }
}
