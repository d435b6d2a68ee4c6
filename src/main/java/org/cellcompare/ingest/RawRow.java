package org.cellcompare.ingest;

import java.util.Map;

/**
 * A data row under a recognised header, with its cells keyed by the column they fall under and
 * the headers as the file wrote them, so problems name the column the analyst knows. {@code item}
 * numbers the file's data rows from 1, across its sheets: the same row gets the same number each
 * time the file is read.
 */
public record RawRow(String file, String sheet, int row, Map<OfferingColumn, CellValue> values,
                     Map<OfferingColumn, String> headers, long item) {

    /** A row that was not read from a file's stream of rows, numbered 0. */
    public RawRow(String file, String sheet, int row, Map<OfferingColumn, CellValue> values,
                  Map<OfferingColumn, String> headers) {
        this(file, sheet, row, values, headers, 0);
    }

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
