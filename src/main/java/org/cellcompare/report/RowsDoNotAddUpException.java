package org.cellcompare.report;

/** The workbook would not account for every row read; the run stops instead of writing it. */
public class RowsDoNotAddUpException extends RuntimeException {

    public RowsDoNotAddUpException(String message) {
        super(message);
    }
}
