package org.cellcompare.report;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import org.cellcompare.text.Texts;
import org.cellcompare.text.Xstrings;

/**
 * A sheet made with POI's own objects, for the sheets that hold more than cells (the Summary's
 * charts). Text is handed to POI escaped as {@link Xstrings} says, which POI's streaming writer
 * does not do itself: a literal "_x0041_" stays itself and a control character is kept.
 */
final class PoiSheet implements SheetTarget {

    private final Sheet sheet;
    private Row row;

    PoiSheet(Sheet sheet) {
        this.sheet = sheet;
    }

    @Override
    public Workbook workbook() {
        return sheet.getWorkbook();
    }

    @Override
    public void columnWidth(int column, int width) {
        sheet.setColumnWidth(column, width);
    }

    @Override
    public void row(int index) {
        row = sheet.createRow(index);
    }

    @Override
    public float rowHeight() {
        return row.getHeightInPoints();
    }

    @Override
    public void rowHeight(float points) {
        row.setHeightInPoints(points);
    }

    @Override
    public void text(int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        cell.setCellValue(escaped(text));
    }

    /** POI takes no more than a cell holds as its own text, escapes included; text full of escapes is cut further. */
    private static String escaped(String text) {
        String escaped = Xstrings.escape(text);
        while (escaped.length() > Texts.MAX_CELL_TEXT) {
            long keep = (long) text.length() * Texts.MAX_CELL_TEXT / escaped.length();
            text = Texts.fit(text, (int) Math.max(2, Math.min(text.length() - 1, keep)));
            escaped = Xstrings.escape(text);
        }
        return escaped;
    }

    @Override
    public void number(int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        cell.setCellValue(value);
    }

    @Override
    public void blank(int column, CellStyle style) {
        row.createCell(column).setCellStyle(style);
    }

    @Override
    public void link(int column, String label, String address, CellStyle style) {
        text(column, label, style);
        Hyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.URL);
        link.setAddress(address);
        row.getCell(column).setHyperlink(link);
    }

    @Override
    public void mergeAcross(int first, int last) {
        sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), first, last));
    }

    @Override
    public void table(int headerRow, int lastRow, int lastColumn) {
        sheet.createFreezePane(0, headerRow + 1);
        if (lastRow > headerRow) {
            sheet.setAutoFilter(new CellRangeAddress(headerRow, lastRow, 0, lastColumn));
        }
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        printLandscapeOnePageWide();
    }

    @Override
    public void repeatOnEveryPage(int row) {
        sheet.setRepeatingRows(new CellRangeAddress(row, row, -1, -1));
    }

    @Override
    public void printLandscapeOnePageWide() {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }
}
