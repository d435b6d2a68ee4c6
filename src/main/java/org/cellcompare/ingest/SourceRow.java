package org.cellcompare.ingest;

import java.util.List;

/** A row of cells with its 1-based row number as the user sees it in Excel. */
public record SourceRow(int rowNumber, List<CellValue> cells) {

    public CellValue cell(int index) {
        return index < cells.size() ? cells.get(index) : CellValue.BLANK;
    }

    public boolean isBlank() {
        return cells.stream().allMatch(CellValue::isBlank);
    }
}
