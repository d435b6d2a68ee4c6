package org.cellcompare.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HeaderFooter;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

import org.cellcompare.text.Xstrings;

/**
 * A table sheet's worksheet part, written whole by CellCompare as the rows come, so a sheet of a
 * million offerings never becomes POI objects or a temporary file: the XML goes straight into the
 * .xlsx, compressed on a thread of its own ({@link BackgroundWrite}). It holds what POI's streaming
 * writer would write for the same calls: a frozen header row, a filter, column widths, row heights,
 * merged notes, web links, print setup. POI's sheet of the same name stays in the workbook for what
 * lives outside the sheet's part (the filter's and the printed titles' defined names) and is left
 * out of the .xlsx ({@link WorkbookFile}).
 *
 * <p>Cells are written as POI writes them: text inline, numbers with {@link Double#toString}. Text
 * is escaped as {@link Xstrings} says, which POI does not do: a literal "_x0041_" stays itself, and
 * a control character is kept rather than written as "?".
 */
final class WorksheetXml implements SheetTarget {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final byte[] CELL_START = ascii("<c r=\"");
    private static final byte[] QUOTE = ascii("\"");
    private static final byte[] STYLE = ascii(" s=\"");
    private static final byte[] CLOSE = ascii(">");
    private static final byte[] NUMBER_START = ascii(" t=\"n\"><v>");
    private static final byte[] NUMBER_END = ascii("</v>");
    private static final byte[] TEXT_START = ascii(" t=\"inlineStr\"><is><t");
    private static final byte[] PRESERVE_SPACE = ascii(" xml:space=\"preserve\"");
    private static final byte[] TEXT_END = ascii("</t></is>");
    private static final byte[] CELL_END = ascii("</c>");
    private static final byte[] ROW_START = ascii("<row r=\"");
    private static final byte[] CUSTOM_HEIGHT = ascii("\" customHeight=\"1\" ht=\"");
    private static final byte[] ROW_OPENED = ascii("\">\n");
    private static final byte[] ROW_END = ascii("</row>\n");

    private final Sheet sheet;
    private final int headerRow;
    private final Utf8Writer out;
    /** The current row's cells, held until the row's height is known. */
    private final Bytes rowCells = new Bytes();
    private final Utf8Writer cells = new Utf8Writer(rowCells);
    private final SheetLinks links = new SheetLinks();
    private final List<String> merged = new ArrayList<>();
    private final StringBuilder columns = new StringBuilder();
    /** Column letters by index, made as columns are first written. */
    private byte[][] letters = new byte[32][];
    private boolean started;
    private boolean rowOpen;
    private int row = -1;
    /** The current row's height in twentieths of a point, as POI keeps it; -1 for the sheet's default. */
    private short height = -1;
    private String filter;

    /**
     * {@code sheet} is POI's sheet of the same name; {@code headerRow}, the row that heads the
     * table, is frozen from the start; the XML goes to {@code entry}, which this closes.
     */
    WorksheetXml(Sheet sheet, int headerRow, OutputStream entry) {
        this.sheet = sheet;
        this.headerRow = headerRow;
        this.out = new Utf8Writer(entry);
    }

    /** The web links of this sheet, for the relationships of its part. */
    SheetLinks links() {
        return links;
    }

    @Override
    public Workbook workbook() {
        return sheet.getWorkbook();
    }

    @Override
    public void columnWidth(int column, int width) {
        if (started) {
            throw new IllegalStateException("Column widths come before the rows");
        }
        String number = Integer.toString(column + 1);
        columns.append("<col min=\"").append(number).append("\" max=\"").append(number).append("\" width=\"")
                .append((double) width / 256).append("\" customWidth=\"true\"/>");
    }

    @Override
    public void row(int index) {
        try {
            endRow();
            if (index <= row) {
                throw new IllegalArgumentException("Row " + (index + 1) + " comes after row " + (row + 1));
            }
            row = index;
            rowOpen = true;
            height = -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public float rowHeight() {
        return height == -1 ? sheet.getDefaultRowHeightInPoints() : (float) (height / 20.0);
    }

    @Override
    public void rowHeight(float points) {
        height = points == -1 ? -1 : (short) (points * 20);
    }

    @Override
    public void text(int column, String text, CellStyle style) {
        try {
            start(column, style);
            boolean plain = isPlain(text);
            String escaped = plain ? text : Xstrings.escape(text);
            cells.write(TEXT_START);
            if (!escaped.isEmpty() && (Character.isWhitespace(escaped.charAt(0))
                    || Character.isWhitespace(escaped.charAt(escaped.length() - 1)))) {
                cells.write(PRESERVE_SPACE);
            }
            cells.write(CLOSE);
            if (plain) {
                cells.write(escaped);
            } else {
                writeEscaped(escaped);
            }
            cells.write(TEXT_END);
            cells.write(CELL_END);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void number(int column, double value, CellStyle style) {
        try {
            start(column, style);
            cells.write(NUMBER_START);
            cells.write(Double.toString(value));
            cells.write(NUMBER_END);
            cells.write(CELL_END);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void blank(int column, CellStyle style) {
        try {
            start(column, style);
            cells.write(CLOSE);
            cells.write(CELL_END);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void link(int column, String label, String address, CellStyle style) {
        text(column, label, style);
        links.add(row, column, address);
    }

    @Override
    public void mergeAcross(int first, int last) {
        merged.add(new CellRangeAddress(row, row, first, last).formatAsString());
    }

    /** The defined names a filter and printed titles need live in the workbook's part, so POI's sheet makes them. */
    @Override
    public void table(int headerRow, int lastRow, int lastColumn) {
        if (headerRow != this.headerRow) {
            throw new IllegalArgumentException("The table's header is row " + (this.headerRow + 1) + ", not " + (headerRow + 1));
        }
        if (lastRow > headerRow) {
            CellRangeAddress range = new CellRangeAddress(headerRow, lastRow, 0, lastColumn);
            filter = range.formatAsString();
            sheet.setAutoFilter(range);
        }
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }

    @Override
    public void repeatOnEveryPage(int row) {
        sheet.setRepeatingRows(new CellRangeAddress(row, row, -1, -1));
    }

    /** A table is always printed landscape, one page wide. */
    @Override
    public void printLandscapeOnePageWide() {
    }

    /** Writes what follows the rows and waits until the whole part is in the zip entry. */
    void close() throws IOException {
        try {
            endRow();
            startSheet();
            StringBuilder tail = new StringBuilder("</sheetData>");
            if (filter != null) {
                tail.append("<autoFilter ref=\"").append(filter).append("\"/>");
            }
            if (!merged.isEmpty()) {
                tail.append("<mergeCells count=\"").append(merged.size()).append("\">");
                merged.forEach(range -> tail.append("<mergeCell ref=\"").append(range).append("\"/>"));
                tail.append("</mergeCells>");
            }
            out.write(tail.toString());
            links.writeHyperlinks(out);
            out.write("<pageMargins bottom=\"" + sheet.getMargin(PageMargin.BOTTOM) + "\" footer=\""
                    + sheet.getMargin(PageMargin.FOOTER) + "\" header=\"" + sheet.getMargin(PageMargin.HEADER)
                    + "\" left=\"" + sheet.getMargin(PageMargin.LEFT) + "\" right=\"" + sheet.getMargin(PageMargin.RIGHT)
                    + "\" top=\"" + sheet.getMargin(PageMargin.TOP) + "\"/>"
                    + "<pageSetup usePrinterDefaults=\"false\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
                    + headerFooter() + "</worksheet>");
        } finally {
            out.close();
        }
    }

    /** The running header and footer set on POI's sheet of the same name, in Excel's codes. */
    private String headerFooter() {
        String header = codes(sheet.getHeader());
        String footer = codes(sheet.getFooter());
        if (header.isEmpty() && footer.isEmpty()) {
            return "";
        }
        return "<headerFooter>" + (header.isEmpty() ? "" : "<oddHeader>" + SheetLinks.escape(header) + "</oddHeader>")
                + (footer.isEmpty() ? "" : "<oddFooter>" + SheetLinks.escape(footer) + "</oddFooter>") + "</headerFooter>";
    }

    private static String codes(HeaderFooter part) {
        return (part.getLeft().isEmpty() ? "" : "&L" + part.getLeft())
                + (part.getCenter().isEmpty() ? "" : "&C" + part.getCenter())
                + (part.getRight().isEmpty() ? "" : "&R" + part.getRight());
    }

    /** What comes before the rows: the frozen header, the default row height and the column widths. */
    private void startSheet() throws IOException {
        if (started) {
            return;
        }
        started = true;
        String topLeft = new CellReference(headerRow + 1, 0).formatAsString();
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns:r=\"" + SheetLinks.RELATIONSHIPS_NAMESPACE
                + "\" xmlns=\"" + MAIN + "\"><sheetPr><pageSetUpPr fitToPage=\"true\"/></sheetPr>"
                + "<sheetViews><sheetView workbookViewId=\"0\"" + (sheet.isSelected() ? " tabSelected=\"true\"" : "")
                + "><pane ySplit=\"" + (double) (headerRow + 1)
                + "\" state=\"frozen\" topLeftCell=\"" + topLeft + "\" activePane=\"bottomLeft\"/>"
                + "<selection pane=\"bottomLeft\"/></sheetView></sheetViews>"
                + "<sheetFormatPr defaultRowHeight=\"" + (double) sheet.getDefaultRowHeightInPoints() + "\"/>"
                + (columns.isEmpty() ? "" : "<cols>" + columns + "</cols>") + "<sheetData>\n");
    }

    /** The row's start, now that its height is known, then its cells. */
    private void endRow() throws IOException {
        startSheet();
        if (!rowOpen) {
            return;
        }
        rowOpen = false;
        out.write(ROW_START);
        out.writeNumber(row + 1);
        if (height != -1) {
            out.write(CUSTOM_HEIGHT);
            out.write(Float.toString(rowHeight()));
        }
        out.write(ROW_OPENED);
        cells.flush();
        out.write(rowCells.bytes, 0, rowCells.size);
        rowCells.size = 0;
        out.write(ROW_END);
    }

    private void start(int column, CellStyle style) throws IOException {
        cells.write(CELL_START);
        cells.write(columnLetters(column));
        cells.writeNumber(row + 1);
        cells.write(QUOTE);
        int index = style.getIndex() & 0xffff;
        if (index != 0) {
            cells.write(STYLE);
            cells.writeNumber(index);
            cells.write(QUOTE);
        }
    }

    /** XML's escapes, and those POI's streaming writer uses for line breaks, tabs and no-break spaces. */
    private void writeEscaped(String text) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\t' -> cells.write("&#x9;");
                case '\n' -> cells.write("&#xa;");
                case '\r' -> cells.write("&#xd;");
                case '"' -> cells.write("&quot;");
                case '&' -> cells.write("&amp;");
                case '<' -> cells.write("&lt;");
                case '>' -> cells.write("&gt;");
                case '\u00A0' -> cells.write("&#xa0;");
                default -> cells.write(c);
            }
        }
    }

    /**
     * No character that XML escapes or that {@link #writeEscaped} writes otherwise, none that
     * belongs to a surrogate pair, and no underscore, which may start text that {@link Xstrings}
     * must escape.
     */
    private static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c == '<' || c == '>' || c == '&' || c == '"' || c == '_' || c == '\u00A0' || c >= '\uD800') {
                return false;
            }
        }
        return true;
    }

    private byte[] columnLetters(int column) {
        if (column >= letters.length) {
            letters = Arrays.copyOf(letters, column + 16);
        }
        byte[] name = letters[column];
        if (name == null) {
            name = ascii(CellReference.convertNumToColString(column));
            letters[column] = name;
        }
        return name;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** A growing buffer whose bytes are read in place. */
    private static final class Bytes extends OutputStream {

        private byte[] bytes = new byte[8192];
        private int size;

        @Override
        public void write(int b) {
            room(1);
            bytes[size++] = (byte) b;
        }

        @Override
        public void write(byte[] source, int offset, int length) {
            room(length);
            System.arraycopy(source, offset, bytes, size, length);
            size += length;
        }

        private void room(int length) {
            if (size + length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + length));
            }
        }
    }
}
