package org.cellcompare.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One cell as read from a spreadsheet or CSV: the text a person sees, and for numeric cells the
 * number and its number format, because a format such as {@code [$฿-41E]#,##0} is where a
 * spreadsheet keeps the currency. A date cell has its date; a bare number in a date column has
 * both, the number as written and the day it would be in the workbook's date system, since only
 * the column's reader can tell whether that day is plausible.
 */
public record CellValue(String text, BigDecimal number, String numberFormat, LocalDate date) {

    public static final CellValue BLANK = new CellValue("", null, null, null);

    public CellValue {
        text = text == null ? "" : text.strip();
    }

    public static CellValue ofText(String text) {
        return text == null || text.isBlank() ? BLANK : new CellValue(text, null, null, null);
    }

    /** A bare number read as a day in the workbook's date system: a date only if the day is plausible. */
    public boolean isSerialDate() {
        return number != null && date != null;
    }

    public boolean isBlank() {
        return text.isEmpty() && number == null && date == null;
    }
}
