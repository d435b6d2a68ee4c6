package org.cellcompare.ingest;

import java.io.Closeable;
import java.util.Iterator;

/** A spreadsheet or CSV file opened for reading, sheet after sheet, row after row. */
public interface TableFile extends Closeable {

    Iterator<TableSheet> sheets();
}
