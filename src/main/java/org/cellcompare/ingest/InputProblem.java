package org.cellcompare.ingest;

/**
 * Something in the input that could not be used as it stands, located exactly enough for an
 * analyst to find and fix it: file, sheet, row, column, the value as written, why, and how to fix.
 */
public record InputProblem(String file, String sheet, Integer row, String column, String value,
                           String reason, String fix, Outcome outcome) {

    /** What the run did about the problem. */
    public enum Outcome {
        ROW_LEFT_OUT("Row left out"),
        VALUE_IGNORED("Row kept, value ignored"),
        FILE_NOT_READ("File not read"),
        SHEET_NOT_READ("Sheet not read"),
        COLUMN_NOT_USED("Column not used"),
        NOTE("Row kept, note"),
        HEADER_REPEATED("Read as a header"),
        NOTHING_TO_READ("Nothing to read"),
        REFERENCE_ROW_NOT_USED("Rate or registry row not used"),
        TRAVEL_ROW_NOT_USED("Per diem row not used");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static InputProblem forFile(String file, String reason, String fix) {
        return new InputProblem(file, null, null, null, null, reason, fix, Outcome.FILE_NOT_READ);
    }
}
