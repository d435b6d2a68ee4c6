package org.cellcompare.ingest;

import java.util.Iterator;

/** One sheet of a workbook (a CSV file has a single sheet without a name). */
public record TableSheet(String name, boolean hidden, Iterator<SourceRow> rows) {
}
