package org.cellcompare.ingest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.cellcompare.ingest.MergedCells.Area;

/**
 * A sheet's rows with each blank cell under a merged area's top-left cell given that cell's value.
 * Only an area whose top row passes through here is filled, so one that starts in the header (a
 * header merged over two rows) never spreads into the data. A row with nothing of its own stays
 * blank: the merge reaching past the last clinic is no offering. A covered cell that holds a
 * value of its own (Excel drops those when it merges, other programs may not) keeps it.
 *
 * <p>Excel never lets two areas overlap, so at most one is open per column: a row costs one look
 * per open column, however many areas the sheet has.
 */
final class MergedCellFill implements Iterator<SourceRow> {

    private final Iterator<SourceRow> rows;
    private final List<Area> areas;
    private final List<Open> open = new ArrayList<>();
    private int nextArea;

    /** An area whose top row has been read, with the value it holds. */
    private record Open(Area area, CellValue value) {
    }

    /** {@code areas} in order of their first row. */
    MergedCellFill(Iterator<SourceRow> rows, List<Area> areas) {
        this.rows = rows;
        this.areas = areas;
    }

    @Override
    public boolean hasNext() {
        return rows.hasNext();
    }

    @Override
    public SourceRow next() {
        SourceRow row = rows.next();
        int number = row.rowNumber();
        open.removeIf(o -> o.area().lastRow() < number);
        while (nextArea < areas.size() && areas.get(nextArea).firstRow() <= number) {
            Area area = areas.get(nextArea++);
            CellValue value = row.cell(area.column());
            if (area.firstRow() == number && !value.isBlank()) {
                open.removeIf(o -> o.area().column() == area.column());
                open.add(new Open(area, value));
            }
        }
        return open.isEmpty() || row.isBlank() ? row : filled(row);
    }

    private SourceRow filled(SourceRow row) {
        List<CellValue> cells = null;
        for (Open o : open) {
            int column = o.area().column();
            if (o.area().firstRow() < row.rowNumber() && row.cell(column).isBlank()) {
                if (cells == null) {
                    cells = new ArrayList<>(row.cells());
                }
                while (cells.size() <= column) {
                    cells.add(CellValue.BLANK);
                }
                cells.set(column, o.value());
            }
        }
        return cells == null ? row : new SourceRow(row.rowNumber(), cells, row.cut());
    }
}
