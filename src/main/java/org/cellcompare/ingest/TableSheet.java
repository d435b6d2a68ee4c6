package org.cellcompare.ingest;

import java.util.Iterator;

/**
 * One sheet of a workbook (a CSV file has a single sheet without a name): its rows as the file
 * holds them, and the areas merged down over several rows, which a reader needs to know before
 * reading them.
 */
public record TableSheet(String name, boolean hidden, Iterator<SourceRow> rows, MergedCells merges) {

    /** A sheet without merged cells, as a CSV file is. */
    public TableSheet(String name, boolean hidden, Iterator<SourceRow> rows) {
        this(name, hidden, rows, MergedCells.NONE);
    }
}
