package org.cellcompare.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.TreeMap;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * The rows of one worksheet, parsed as they are asked for. A formula cell gives the result Excel
 * saved with it; rows and cells without a reference ({@code r}) take the place after the one
 * before, as some writers other than Excel leave them out.
 */
final class XlsxSheetRows implements Iterator<SourceRow> {

    private final XMLStreamReader reader;
    private final List<String> sharedStrings;
    private final XlsxStyles styles;
    private final PoiCells cells;
    private final boolean date1904;
    /** The column a cell without a reference starts a row at: the sheet's stated first column. */
    private int firstColumn;
    private int rowIndex = -1;
    private SourceRow next;
    private boolean ended;

    XlsxSheetRows(XMLStreamReader reader, List<String> sharedStrings, XlsxStyles styles, PoiCells cells,
                  boolean date1904) {
        this.reader = reader;
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.cells = cells;
        this.date1904 = date1904;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !ended) {
            try {
                next = readRow();
            } catch (XMLStreamException e) {
                ended = true;
                closeQuietly();
                throw new IllegalStateException("The sheet's XML is damaged: " + e.getMessage(), e);
            }
        }
        return next != null;
    }

    @Override
    public SourceRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SourceRow row = next;
        next = null;
        return row;
    }

    private SourceRow readRow() throws XMLStreamException {
        while (reader.hasNext()) {
            if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = reader.getLocalName();
            if ("row".equals(name)) {
                return row();
            }
            if ("dimension".equals(name)) {
                firstColumn = firstColumn(reader.getAttributeValue(null, "ref"));
            }
        }
        ended = true;
        reader.close();
        return null;
    }

    private void closeQuietly() {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // already failing with the error that matters
        }
    }

    private static int firstColumn(String ref) {
        try {
            return ref == null ? 0 : column(ref);
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }

    /**
     * The 0-based column of a reference such as {@code AB12} or {@code $AB$12}, read in place:
     * POI's {@code CellReference} would parse the row too, for every cell of a million rows.
     */
    static int column(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (column > SourceRow.MAX_COLUMNS * 26) {
                break; // far past any column read; stops the sum before it could overflow
            } else if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else if (c != '$') {
                break;
            }
        }
        if (column == 0) {
            throw new IllegalArgumentException("Not a cell reference: " + ref);
        }
        return column - 1;
    }

    private SourceRow row() throws XMLStreamException {
        String r = reader.getAttributeValue(null, "r");
        rowIndex = r == null ? rowIndex + 1 : Integer.parseInt(r) - 1;
        Row row = new Row();
        int column = firstColumn;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(reader.getLocalName())) {
                String ref = reader.getAttributeValue(null, "r");
                if (ref != null) {
                    column = column(ref);
                }
                row.put(column, cell());
                column++;
            } else if (event == XMLStreamConstants.END_ELEMENT && "row".equals(reader.getLocalName())) {
                break;
            }
        }
        return row.toSourceRow(rowIndex + 1);
    }

    /** The cell the reader has just entered, leaving the reader on its end. */
    private CellValue cell() throws XMLStreamException {
        String type = reader.getAttributeValue(null, "t");
        String style = reader.getAttributeValue(null, "s");
        String value = null;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = reader.getLocalName();
                if ("v".equals(name)) {
                    value = reader.getElementText();
                } else if ("is".equals(name)) {
                    value = XlsxStrings.text(reader, "is");
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && "c".equals(reader.getLocalName())) {
                break;
            }
        }
        if (value == null) {
            return CellValue.BLANK;
        }
        try {
            return value(type == null ? "n" : type, value, style);
        } catch (RuntimeException e) {
            return CellValue.ofText(PoiCells.UNREADABLE_CELL);
        }
    }

    private CellValue value(String type, String value, String style) {
        return switch (type) {
            case "s" -> value.isEmpty() ? CellValue.BLANK : CellValue.ofText(sharedStrings.get(Integer.parseInt(value.trim())));
            case "inlineStr", "str" -> CellValue.ofText(value);
            case "b" -> CellValue.ofText(isTrue(value) ? "TRUE" : "FALSE");
            case "e" -> CellValue.ofText(FormulaError.forString(value).getString());
            case "d" -> number(DateUtil.getExcelDate(isoDate(value), date1904), style);
            case "n" -> number(Double.parseDouble(value), style);
            default -> throw new IllegalStateException("unknown cell type " + type);
        };
    }

    private static LocalDateTime isoDate(String value) {
        try {
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            return LocalDate.parse(value).atStartOfDay();
        }
    }

    private CellValue number(double value, String style) {
        XlsxStyles.NumberFormat format = styles.of(style);
        if (format == null) {
            return PoiCells.number(value);
        }
        if (DateUtil.isValidExcelDate(value) && DateUtil.isADateFormat(format.index(), format.code())) {
            var date = DateUtil.getLocalDateTime(value, date1904).toLocalDate();
            return new CellValue(date.toString(), null, null, date);
        }
        return cells.number(value, format.index(), format.code());
    }

    static boolean isTrue(String value) {
        return "1".equals(value) || "true".equalsIgnoreCase(value);
    }

    /** A row's cells by column; kept in order even when a file lists them out of order. */
    private static final class Row {
        private final List<CellValue> values = new ArrayList<>();
        private TreeMap<Integer, CellValue> unordered;
        private int lastColumn = -1;

        void put(int column, CellValue value) {
            if (unordered == null && column > lastColumn) {
                while (values.size() < column && column < SourceRow.MAX_COLUMNS) {
                    values.add(CellValue.BLANK);
                }
                if (column < SourceRow.MAX_COLUMNS) {
                    values.add(value);
                }
                lastColumn = column;
                return;
            }
            if (unordered == null) {
                unordered = new TreeMap<>();
                for (int i = 0; i < values.size(); i++) {
                    unordered.put(i, values.get(i));
                }
            }
            unordered.put(column, value);
            lastColumn = Math.max(lastColumn, column);
        }

        SourceRow toSourceRow(int rowNumber) {
            boolean cut = lastColumn >= SourceRow.MAX_COLUMNS;
            if (unordered == null) {
                return new SourceRow(rowNumber, values, cut);
            }
            List<CellValue> ordered = new ArrayList<>();
            unordered.headMap(SourceRow.MAX_COLUMNS).forEach((column, value) -> {
                while (ordered.size() < column) {
                    ordered.add(CellValue.BLANK);
                }
                ordered.add(value);
            });
            return new SourceRow(rowNumber, ordered, cut);
        }
    }
}
