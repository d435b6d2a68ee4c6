package org.cellcompare.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Date1904Support;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;

import org.cellcompare.normalize.SourceLinks;
import org.cellcompare.text.Texts;

/**
 * Writes one sheet row by row. Text always goes in as text, so a value starting with "=", "+",
 * "-" or "@" can never become a formula; links are made only for http and https addresses.
 */
final class SheetWriter {

    /** Widest a column is made, in characters, so long text wraps instead of running off the page. */
    private static final int MAX_WIDTH = 100;
    private static final float LINE_HEIGHT = 15f;
    /** Width of an average letter of prose, in widths of the digit 0, with a margin. */
    private static final double AVERAGE_LETTER = 0.8;
    private static final double BOLD_LETTER = 1.0;
    /** Excel's tallest row, in points. */
    private static final float MAX_ROW_HEIGHT = 409f;

    /** Excel's limit of hyperlinks in one worksheet. */
    static final int MAX_LINKS = 65_530;
    /** Excel's longest link address: a longer one makes it repair the file and drop the link. */
    static final int MAX_LINK_LENGTH = 2_079;

    private final SheetTarget sheet;
    private final ReportStyles styles;
    /** Per cell style: the font's size relative to 11 points, and the width of its average letter. */
    private final Map<Short, double[]> fontMetrics = new HashMap<>();
    private final Map<CellStyle, StyleTraits> styleTraits = new IdentityHashMap<>();
    private int links;
    private final List<Integer> widths;
    private int nextRow;
    private int column;

    /**
     * Column widths come first: rows with wrapped text are given the height their text needs,
     * since neither Excel nor LibreOffice reliably fits rows of a streamed sheet on opening.
     */
    SheetWriter(Sheet sheet, ReportStyles styles, List<Integer> widths) {
        this(new PoiSheet(sheet), styles, widths);
    }

    SheetWriter(SheetTarget sheet, ReportStyles styles, List<Integer> widths) {
        this.sheet = sheet;
        this.styles = styles;
        this.widths = widths.stream().map(w -> Math.min(w, MAX_WIDTH)).toList();
        for (int i = 0; i < this.widths.size(); i++) {
            sheet.columnWidth(i, this.widths.get(i) * 256);
        }
    }

    int rowCount() {
        return nextRow;
    }

    SheetWriter row() {
        sheet.row(nextRow++);
        column = 0;
        return this;
    }

    SheetWriter blankRow() {
        nextRow++;
        return this;
    }

    SheetWriter skip() {
        column++;
        return this;
    }

    SheetWriter text(String value) {
        return text(value, styles.text);
    }

    /** Text in a cell; no text and no fill leaves the cell out, which a sheet of a million rows notices. */
    SheetWriter text(String value, CellStyle style) {
        boolean empty = value == null || value.isEmpty();
        StyleTraits traits = traits(style);
        if (empty && !traits.filled()) {
            column++;
            return this;
        }
        int at = column++;
        CellStyle shown = looksLikeFormula(value) ? styles.quoted(style) : style;
        if (empty) {
            sheet.blank(at, shown);
        } else {
            sheet.text(at, Texts.fit(value, Texts.MAX_CELL_TEXT), shown);
            if (traits.wraps()) {
                fitHeight(value, width(at, 1), style);
            }
        }
        return this;
    }

    /** What a style's XML says about fill and wrapping, read once per style rather than once per cell. */
    private record StyleTraits(boolean filled, boolean wraps) {
    }

    private StyleTraits traits(CellStyle style) {
        return styleTraits.computeIfAbsent(style,
                s -> new StyleTraits(s.getFillPattern() != FillPatternType.NO_FILL, s.getWrapText()));
    }

    SheetWriter wrapped(String value) {
        return text(value, styles.wrapped);
    }

    /** Text across the next {@code columns} cells, merged and wrapped, for notes and warnings. */
    SheetWriter across(int columns, String value, CellStyle style) {
        int first = column;
        sheet.text(column++, Texts.fit(value, Texts.MAX_CELL_TEXT), style);
        for (int i = 1; i < columns; i++) {
            sheet.blank(column++, style);
        }
        sheet.mergeAcross(first, first + columns - 1);
        fitHeight(value, width(first, columns), style);
        return this;
    }

    /** A row as tall as a larger font needs. */
    SheetWriter tall(float points) {
        sheet.rowHeight(Math.max(sheet.rowHeight(), points));
        return this;
    }

    private int width(int first, int columns) {
        int total = 0;
        for (int i = first; i < first + columns; i++) {
            total += i < widths.size() ? widths.get(i) : 9;
        }
        return Math.max(total, 1);
    }

    /**
     * Lines the text needs at this width, wrapped word by word as a spreadsheet does. Letters of
     * prose average narrower than the digit a column width counts; bold ones less so.
     */
    private void fitHeight(String value, int widthInCharacters, CellStyle style) {
        double[] metrics = fontMetrics.computeIfAbsent(style.getIndex(), index -> {
            Font font = sheet.workbook().getFontAt(style.getFontIndex());
            double scale = font.getFontHeightInPoints() / 11.0;
            return new double[] {scale, (font.getBold() ? BOLD_LETTER : AVERAGE_LETTER) * scale};
        });
        double scale = metrics[0];
        int perLine = Math.max(1, (int) (widthInCharacters / metrics[1]));
        int lines = 0;
        if (value.length() <= perLine && value.indexOf('\n') < 0) {
            lines = 1;
        } else {
            for (int start = 0, end; start <= value.length(); start = end + 1) {
                end = value.indexOf('\n', start);
                end = end < 0 ? value.length() : end;
                lines += wrappedLines(value, start, end, perLine);
            }
        }
        float lineHeight = (float) (LINE_HEIGHT * Math.max(1.0, scale));
        if (lines > 1 || scale > 1.0) {
            float height = Math.min(MAX_ROW_HEIGHT, lines * lineHeight + 2);
            sheet.rowHeight(Math.max(sheet.rowHeight(), height));
        }
    }

    /**
     * Lines of the paragraph {@code text[start, end)} when wrapped word by word; counted in place
     * rather than split into strings, as it runs for every wrapped cell of a million rows.
     */
    private static int wrappedLines(String text, int start, int end, int perLine) {
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        int lines = 1;
        int used = 0;
        for (int wordStart = start, wordEnd; wordStart < end; wordStart = wordEnd + 1) {
            wordEnd = text.indexOf(' ', wordStart);
            if (wordEnd < 0 || wordEnd > end) {
                wordEnd = end;
            }
            int length = Math.max(1, wordEnd - wordStart);
            if (used > 0 && used + 1 + length <= perLine) {
                used += 1 + length;
                continue;
            }
            if (used > 0) {
                lines++;
            }
            lines += (length - 1) / perLine;
            used = (length - 1) % perLine + 1;
        }
        return lines;
    }

    /** Text a spreadsheet program would take for a formula if it were typed in. */
    static boolean looksLikeFormula(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    SheetWriter number(BigDecimal value, CellStyle style) {
        if (value == null) {
            return skip();
        }
        sheet.number(column++, value.doubleValue(), style);
        return this;
    }

    SheetWriter number(long value) {
        sheet.number(column++, value, styles.integer);
        return this;
    }

    SheetWriter integer(Integer value) {
        return value == null ? text(null) : number(value);
    }

    /** A row of a spreadsheet, written as the analyst sees it in Excel's margin: 2230, not 2,230. */
    SheetWriter rowNumber(Integer value) {
        if (value == null) {
            return text(null);
        }
        sheet.number(column++, value, styles.rowNumber);
        return this;
    }

    SheetWriter date(LocalDate value) {
        if (value == null) {
            return skip();
        }
        // as POI stores a date: a day count in the workbook's date system
        boolean date1904 = sheet.workbook() instanceof Date1904Support workbook && workbook.isDate1904();
        sheet.number(column++, DateUtil.getExcelDate(value.atStartOfDay(), date1904), styles.date);
        return this;
    }

    /**
     * A clickable link when the address is one {@link SourceLinks#safeLink} gave or a registry's;
     * otherwise the text alone. Past Excel's limit of links in a worksheet, or for an address
     * longer than Excel takes, the address is shown as text: the offerings ranked first keep
     * theirs, and the file still opens without repair.
     */
    SheetWriter link(String label, String address) {
        return link(label, address, styles.link, styles.text);
    }

    /** A link whose label wraps in a narrow column; {@link #link} otherwise. */
    SheetWriter wrappedLink(String label, String address) {
        return link(label, address, styles.wrappedLink, styles.wrapped);
    }

    private SheetWriter link(String label, String address, CellStyle linkStyle, CellStyle textStyle) {
        if (label == null || label.isEmpty() || links >= MAX_LINKS || !SourceLinks.isSafeLink(address)
                || address.length() > MAX_LINK_LENGTH) {
            return text(label, textStyle);
        }
        links++;
        int at = column++;
        sheet.link(at, Texts.fit(label, Texts.MAX_CELL_TEXT), address,
                looksLikeFormula(label) ? styles.quoted(linkStyle) : linkStyle);
        if (traits(linkStyle).wraps()) {
            fitHeight(label, width(at, 1), linkStyle);
        }
        return this;
    }

    SheetWriter headers(List<String> names) {
        row();
        names.forEach(name -> text(name, styles.header));
        return this;
    }

    int columns() {
        return widths.size();
    }

    /**
     * Makes the header row a table header: frozen, filterable, repeated on every printed page,
     * printed landscape one page wide.
     */
    void table(int headerRow) {
        sheet.table(headerRow, nextRow - 1, widths.size() - 1);
    }

    void printLandscapeOnePageWide() {
        sheet.printLandscapeOnePageWide();
    }

    /** Prints the row at the top of every page, landscape and one page wide, with no filter. */
    void headerOnEveryPage(int row) {
        sheet.repeatOnEveryPage(row);
        sheet.printLandscapeOnePageWide();
    }
}
