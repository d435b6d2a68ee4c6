package org.cellcompare.ingest;

import java.util.List;

/**
 * A row of cells with its 1-based row number as the user sees it in Excel. {@code cut} says the
 * row went on beyond the columns CellCompare reads.
 */
public record SourceRow(int rowNumber, List<CellValue> cells, boolean cut) {

    /** No offering table is wider than this; cells beyond it are not read. */
    public static final int MAX_COLUMNS = 256;

    public SourceRow(int rowNumber, List<CellValue> cells) {
        this(rowNumber, cells, false);
    }

    public CellValue cell(int index) {
        return index < cells.size() ? cells.get(index) : CellValue.BLANK;
    }

    public boolean isBlank() {
        return cells.stream().allMatch(CellValue::isBlank);
    }
}
