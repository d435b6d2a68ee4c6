package org.cellcompare.report;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Where {@link SheetWriter} puts one sheet: its cells row by row, in ascending order, and the
 * settings that make it a table. A sheet with pictures goes through POI's streaming sheet
 * ({@link PoiSheet}); a table, which may hold a million rows, is written as worksheet XML by
 * CellCompare straight into the .xlsx ({@link WorksheetXml}). Both give the same workbook.
 */
interface SheetTarget {

    /** The workbook the sheet's styles and fonts belong to. */
    Workbook workbook();

    /** A column's width in 1/256 of a character, as POI counts it; set before any row. */
    void columnWidth(int column, int width);

    /** Starts the row with this 0-based index; rows come in ascending order. */
    void row(int index);

    /** The current row's height in points: the sheet's default until set. */
    float rowHeight();

    void rowHeight(float points);

    /** Text already cut to what a cell holds. */
    void text(int column, String text, CellStyle style);

    void number(int column, double value, CellStyle style);

    void blank(int column, CellStyle style);

    /** A text cell that links to {@code address}, a safe http or https address. */
    void link(int column, String label, String address, CellStyle style);

    /** Merges columns {@code first} to {@code last} of the current row. */
    void mergeAcross(int first, int last);

    /**
     * The row {@code headerRow} heads a table: frozen, filtered over {@code lastRow} (when rows
     * follow it) and the columns up to {@code lastColumn}, and repeated on every printed page.
     */
    void table(int headerRow, int lastRow, int lastColumn);

    /** The row is printed at the top of every page, without a filter. */
    void repeatOnEveryPage(int row);

    /** Printed landscape, one page wide. */
    void printLandscapeOnePageWide();
}
