package org.cellcompare.ingest;

import java.util.Map;

/**
 * A data row under a recognised header, with its cells keyed by the column they fall under and
 * the headers as the file wrote them, so problems name the column the analyst knows.
 */
public record RawRow(String file, String sheet, int row, Map<OfferingColumn, CellValue> values,
                     Map<OfferingColumn, String> headers) implements SheetItem {

    /** The price column's own header: "Price (USD)" names a currency. */
    public String priceHeader() {
        return headers.get(OfferingColumn.PRICE);
    }

    /** The header this file gives a column, or the canonical one when the file has no such column. */
    public String header(OfferingColumn column) {
        return headers.getOrDefault(column, column.header());
    }

    public CellValue value(OfferingColumn column) {
        return values.getOrDefault(column, CellValue.BLANK);
    }

    public String text(OfferingColumn column) {
        return value(column).text();
    }

    /** "file, sheet Clinics, row 7", the way Input problems and the ranked sheets name a row. */
    public String location() {
        return sheet == null ? file + ", row " + row : file + ", sheet " + sheet + ", row " + row;
    }
}
