package org.cellcompare.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One cell as read from a spreadsheet or CSV: the text a person sees, and for numeric cells the
 * number and its number format, because a format such as {@code [$฿-41E]#,##0} is where a
 * spreadsheet keeps the currency.
 */
public record CellValue(String text, BigDecimal number, String numberFormat, LocalDate date) {

    public static final CellValue BLANK = new CellValue("", null, null, null);

    public CellValue {
        text = text == null ? "" : text.strip();
    }

    public static CellValue ofText(String text) {
        return text == null || text.isBlank() ? BLANK : new CellValue(text, null, null, null);
    }

    public boolean isBlank() {
        return text.isEmpty() && number == null && date == null;
    }
}
