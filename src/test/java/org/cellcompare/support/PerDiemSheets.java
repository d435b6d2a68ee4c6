package org.cellcompare.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.opencsv.CSVParser;

/** The State Department's per diem table, from its CSV fixture, as the Department's Excel file holds it. */
public final class PerDiemSheets {

    public static final Path APRIL = Path.of("src/test/resources/travel/foreign-per-diem-2026-04.csv");

    private PerDiemSheets() {
    }

    /**
     * The April table as an Excel sheet's rows: dates as dates, amounts as numbers; with the
     * Publication Date column the CSV has, or without it, as the Department's own file may come.
     */
    public static List<List<Object>> excelRows(boolean withPublicationDate) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        CSVParser parser = new CSVParser();
        for (String line : Files.readAllLines(APRIL)) {
            String[] fields = parser.parseLine(line);
            List<Object> cells = new ArrayList<>(Arrays.asList((Object[]) fields));
            if (!rows.isEmpty()) {
                for (int date : new int[] {3, 4, 8}) {
                    cells.set(date, LocalDate.parse(fields[date]));
                }
                for (int amount : new int[] {5, 6, 7}) {
                    cells.set(amount, Double.parseDouble(fields[amount]));
                }
                cells.set(11, LocalDate.parse(fields[11], DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US)));
            }
            rows.add(withPublicationDate ? cells : cells.subList(0, 11));
        }
        return rows;
    }
}
