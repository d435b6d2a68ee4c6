package org.cellcompare.travel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.cellcompare.ingest.CellValue;
import org.cellcompare.ingest.SourceRow;
import org.cellcompare.text.ColumnNames;

/**
 * A travel file's cells, read the same way whether the file is Excel, where a cell may hold a
 * number or a date, or CSV, where it holds text.
 */
final class TravelCells {

    /** Amounts from a thousand million on are not read: no fare or day's stay is near it. */
    private static final BigDecimal LARGEST = BigDecimal.TEN.pow(9);

    private TravelCells() {
    }

    /**
     * Reads a table whose first row that is not blank is its header: {@code layout} finds the
     * header's columns, or returns null when the file cannot be used (having said why), and
     * {@code each} reads every row below it. Returns the layout used; null when there was none.
     */
    static <L> L readUnderHeader(Iterator<SourceRow> rows, Function<SourceRow, L> layout, BiConsumer<SourceRow, L> each) {
        L columns = null;
        while (rows.hasNext()) {
            SourceRow row = rows.next();
            if (row.isBlank()) {
                continue;
            }
            if (columns == null) {
                columns = layout.apply(row);
                if (columns == null) {
                    return null;
                }
                continue;
            }
            each.accept(row, columns);
        }
        return columns;
    }

    /** The columns a header names, each at its first place. */
    static <C extends Enum<C>> Map<C, Integer> columns(SourceRow header, ColumnNames<C> names, Class<C> type) {
        Map<C, Integer> layout = new EnumMap<>(type);
        for (int i = 0; i < header.cells().size(); i++) {
            C column = names.named(header.cell(i).text());
            if (column != null) {
                layout.putIfAbsent(column, i);
            }
        }
        return layout;
    }

    /** The row's cell in a column the header named; blank when the header did not name it. */
    static <C extends Enum<C>> CellValue cell(SourceRow row, Map<C, Integer> layout, C column) {
        Integer at = layout.get(column);
        return at == null ? CellValue.BLANK : row.cell(at);
    }

    /** The cell's number, or null when it holds none, or one too large to be an amount of money. */
    static BigDecimal number(CellValue cell) {
        BigDecimal value;
        if (cell.number() != null) {
            value = cell.number();
        } else {
            try {
                value = new BigDecimal(cell.text().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return value.abs().compareTo(LARGEST) < 0 ? value : null;
    }

    /** The cell's date, or its text written as 2026-11-02; null otherwise. */
    static LocalDate date(CellValue cell) {
        if (cell.date() != null) {
            return cell.date();
        }
        try {
            return LocalDate.parse(cell.text().strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
