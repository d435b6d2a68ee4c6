package org.cellcompare.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import org.cellcompare.normalize.SourceLinks;
import org.cellcompare.text.Texts;

/**
 * Writes one sheet row by row. Text always goes in as text, so a value starting with "=", "+",
 * "-" or "@" can never become a formula; links are made only for http and https addresses.
 */
final class SheetWriter {

    /** Widest a column is made, in characters, so long text wraps instead of running off the page. */
    private static final int MAX_WIDTH = 60;

    private final Sheet sheet;
    private final ReportStyles styles;
    private Row row;
    private int nextRow;
    private int column;

    SheetWriter(Sheet sheet, ReportStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    Sheet sheet() {
        return sheet;
    }

    int rowCount() {
        return nextRow;
    }

    SheetWriter row() {
        row = sheet.createRow(nextRow++);
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

    SheetWriter text(String value, CellStyle style) {
        Cell cell = row.createCell(column++);
        cell.setCellStyle(style);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(Texts.fit(value, Texts.MAX_CELL_TEXT));
        }
        return this;
    }

    SheetWriter wrapped(String value) {
        return text(value, styles.wrapped);
    }

    SheetWriter number(BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column++);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        return this;
    }

    SheetWriter number(long value) {
        Cell cell = row.createCell(column++);
        cell.setCellStyle(styles.integer);
        cell.setCellValue(value);
        return this;
    }

    SheetWriter integer(Integer value) {
        return value == null ? text(null) : number(value);
    }

    SheetWriter date(LocalDate value) {
        Cell cell = row.createCell(column++);
        cell.setCellStyle(styles.date);
        if (value != null) {
            cell.setCellValue(value);
        }
        return this;
    }

    /** A clickable link when the address is http or https; otherwise the text alone. */
    SheetWriter link(String label, String address) {
        String safe = SourceLinks.safeLink(address);
        if (safe == null) {
            return text(label);
        }
        Cell cell = row.createCell(column++);
        cell.setCellValue(Texts.fit(label, Texts.MAX_CELL_TEXT));
        Hyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.URL);
        link.setAddress(safe);
        cell.setHyperlink(link);
        cell.setCellStyle(styles.link);
        return this;
    }

    SheetWriter headers(List<String> names) {
        row();
        names.forEach(name -> text(name, styles.header));
        return this;
    }

    /**
     * Makes the header row a table header: frozen, filterable, repeated on every printed page,
     * printed landscape one page wide.
     */
    void table(int headerRow, int columns, List<Integer> widths) {
        sheet.createFreezePane(0, headerRow + 1);
        if (nextRow > headerRow + 1) {
            sheet.setAutoFilter(new CellRangeAddress(headerRow, nextRow - 1, 0, columns - 1));
        }
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        for (int i = 0; i < widths.size(); i++) {
            sheet.setColumnWidth(i, Math.min(widths.get(i), MAX_WIDTH) * 256);
        }
        printLandscapeOnePageWide();
    }

    void printLandscapeOnePageWide() {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }
}
