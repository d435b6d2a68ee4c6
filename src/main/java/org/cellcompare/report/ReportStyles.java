package org.cellcompare.report;

import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STPatternType;

import org.cellcompare.rank.ConcernLevel;

/**
 * The workbook's styles, made once (a workbook holds at most 64,000). Concern is shown as words
 * and colour together, in a ramp from pale blue to dark orange that stays distinct for the
 * common kinds of colour blindness because it also steps in lightness. The darkest is dark enough
 * for white words at WCAG AA (6.7:1); the web page uses the same.
 */
final class ReportStyles {

    private static final Map<ConcernLevel, String> CONCERN_FILL = Map.of(
            ConcernLevel.LOWER, "DDEBF7", ConcernLevel.MODERATE, "FFF2CC",
            ConcernLevel.HIGH, "F8CBAD", ConcernLevel.VERY_HIGH, "9C3F0B");

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle header;
    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle date;
    final CellStyle integer;
    /** A row number, as Excel shows it beside the row: no thousands separator. */
    final CellStyle rowNumber;
    final CellStyle money;
    /** An amount in a currency other than the report's, such as the per diem rates' dollars: its column names the currency. */
    final CellStyle cents;
    final CellStyle decimal;
    final CellStyle link;
    /** A link whose label wraps, for the family sheet's narrow columns. */
    final CellStyle wrappedLink;
    final CellStyle warning;
    /** The title of a block of rows, such as the family sheet's registered trials. */
    final CellStyle block;
    /** A sentence or two that opens a sheet, in the subtitle's font. */
    final CellStyle lead;
    final CellStyle bold;
    private final Map<ConcernLevel, CellStyle> concern = new EnumMap<>(ConcernLevel.class);
    private final Map<ConcernLevel, CellStyle> concernAndWhy = new EnumMap<>(ConcernLevel.class);
    private final Map<CellStyle, CellStyle> quoted = new HashMap<>();
    private final Workbook workbook;

    ReportStyles(Workbook workbook, String currency) {
        this.workbook = workbook;
        reserveExcelsFills(workbook);
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);

        title = workbook.createCellStyle();
        title.setWrapText(true);
        title.setVerticalAlignment(VerticalAlignment.TOP);
        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 16);
        title.setFont(titleFont);

        subtitle = workbook.createCellStyle();
        Font subtitleFont = workbook.createFont();
        subtitleFont.setBold(true);
        subtitleFont.setFontHeightInPoints((short) 12);
        subtitle.setFont(subtitleFont);

        header = workbook.createCellStyle();
        header.setFont(boldFont);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setBorderBottom(BorderStyle.THIN);
        fill(header, "D9D9D9");

        text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);

        wrapped = workbook.createCellStyle();
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped.setWrapText(true);

        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        bold.setVerticalAlignment(VerticalAlignment.TOP);

        date = workbook.createCellStyle();
        date.setVerticalAlignment(VerticalAlignment.TOP);
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        date.setAlignment(HorizontalAlignment.LEFT);

        integer = workbook.createCellStyle();
        integer.setVerticalAlignment(VerticalAlignment.TOP);
        integer.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));

        rowNumber = workbook.createCellStyle();
        rowNumber.setVerticalAlignment(VerticalAlignment.TOP);
        rowNumber.setDataFormat(workbook.createDataFormat().getFormat("0"));

        decimal = workbook.createCellStyle();
        decimal.setVerticalAlignment(VerticalAlignment.TOP);
        decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.0000##"));

        cents = workbook.createCellStyle();
        cents.setVerticalAlignment(VerticalAlignment.TOP);
        cents.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));

        money = workbook.createCellStyle();
        money.setVerticalAlignment(VerticalAlignment.TOP);
        money.setDataFormat(workbook.createDataFormat().getFormat(moneyFormat(currency)));

        link = workbook.createCellStyle();
        link.setVerticalAlignment(VerticalAlignment.TOP);
        Font linkFont = workbook.createFont();
        linkFont.setUnderline(Font.U_SINGLE);
        linkFont.setColor(IndexedColors.BLUE.getIndex());
        link.setFont(linkFont);

        wrappedLink = workbook.createCellStyle();
        wrappedLink.cloneStyleFrom(link);
        wrappedLink.setWrapText(true);

        block = workbook.createCellStyle();
        block.setFont(subtitleFont);
        block.setWrapText(true);
        block.setVerticalAlignment(VerticalAlignment.TOP);
        fill(block, "E7E6E6");

        lead = workbook.createCellStyle();
        lead.setFont(subtitleFont);
        lead.setWrapText(true);
        lead.setVerticalAlignment(VerticalAlignment.TOP);

        warning = workbook.createCellStyle();
        warning.setWrapText(true);
        warning.setVerticalAlignment(VerticalAlignment.TOP);
        warning.setFont(boldFont);
        fill(warning, "FFF2CC");

        for (ConcernLevel level : ConcernLevel.values()) {
            CellStyle style = workbook.createCellStyle();
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setWrapText(true);
            XSSFFont font = (XSSFFont) workbook.createFont();
            font.setBold(true);
            if (level == ConcernLevel.VERY_HIGH) {
                font.setColor(new XSSFColor(argb("FFFFFF")));
            }
            style.setFont(font);
            fill(style, CONCERN_FILL.get(level));
            concern.put(level, style);

            // a paragraph in the level's colour: bold only where the fill is dark, where plain text thins out
            CellStyle paragraph = workbook.createCellStyle();
            paragraph.cloneStyleFrom(style);
            if (level != ConcernLevel.VERY_HIGH) {
                paragraph.setFont(workbook.getFontAt(text.getFontIndex()));
            }
            concernAndWhy.put(level, paragraph);
        }
    }

    CellStyle concern(ConcernLevel level) {
        return concern.get(level);
    }

    /** The level's colour behind the sentences that say why, for the family sheet. */
    CellStyle concernAndWhy(ConcernLevel level) {
        return concernAndWhy.get(level);
    }

    /**
     * The same style with Excel's quote prefix: the cell is shown as it is, but stays text even
     * when someone edits it, so "=HYPERLINK(...)" from a clinic's spreadsheet never becomes a formula.
     */
    CellStyle quoted(CellStyle style) {
        return quoted.computeIfAbsent(style, plain -> {
            CellStyle prefixed = workbook.createCellStyle();
            prefixed.cloneStyleFrom(plain);
            prefixed.setQuotePrefixed(true);
            return prefixed;
        });
    }

    /**
     * Excel reserves the first two fills for "none" and "gray125", whatever the file says; POI
     * writes the second as "darkGray", which a stricter reader would take at its word.
     */
    private static void reserveExcelsFills(Workbook workbook) {
        StylesTable styles = workbook instanceof SXSSFWorkbook streamed ? streamed.getXSSFWorkbook().getStylesSource()
                : ((XSSFWorkbook) workbook).getStylesSource();
        styles.getFillAt(1).setPatternType(STPatternType.GRAY_125);
    }

    private static void fill(CellStyle style, String rgb) {
        ((XSSFCellStyle) style).setFillForegroundColor(new XSSFColor(argb(rgb)));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    /**
     * An opaque colour as four bytes, alpha first: the styles' schema wants eight hex digits, and
     * with three bytes POI writes six, which makes Excel repair the file.
     */
    private static byte[] argb(String rgb) {
        return new byte[] {(byte) 0xFF, (byte) Integer.parseInt(rgb.substring(0, 2), 16),
                (byte) Integer.parseInt(rgb.substring(2, 4), 16), (byte) Integer.parseInt(rgb.substring(4, 6), 16)};
    }

    /** Whole units with the currency's symbol where it is unmistakable in context ($, €, £), else its code. */
    static String moneyFormat(String currency) {
        String symbol = Currency.getInstance(currency).getSymbol(Locale.US);
        if (symbol.equals(currency)) {
            return "\"" + currency + " \"#,##0";
        }
        return "\"" + symbol + "\"#,##0";
    }
}
