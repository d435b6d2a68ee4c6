package org.cellcompare.ingest;

/** A remark about a file or sheet (a skipped sheet, unknown columns) that belongs in Input problems. */
public record SheetNote(InputProblem problem) implements SheetItem {
}
