package org.cellcompare.ingest;

import java.util.Iterator;

/**
 * One sheet of a workbook (a CSV file has a single sheet without a name): its rows as the file
 * holds them, and what a reader needs to know before reading them, namely the areas merged down
 * over several rows and how the file counts days.
 */
public record TableSheet(String name, boolean hidden, Iterator<SourceRow> rows, MergedCells merges, DateSystem dates) {

    /** A sheet without merged cells or a date system, as a CSV file is. */
    public TableSheet(String name, boolean hidden, Iterator<SourceRow> rows) {
        this(name, hidden, rows, MergedCells.NONE, DateSystem.NONE);
    }
}
