package org.cellcompare.ingest;

/** What the offering reader hands on: a data row, or a note about the file or sheet it read. */
public sealed interface SheetItem permits RawRow, SheetNote {
}
