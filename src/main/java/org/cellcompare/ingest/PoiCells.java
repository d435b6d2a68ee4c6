package org.cellcompare.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.formula.FormulaParseException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * Turns POI cells, from HSSF or the streaming XLSX reader alike, into {@link CellValue}s. Formula
 * cells give their cached result: without an evaluator, POI's formatter would return the formula.
 */
final class PoiCells {

    static final String UNREADABLE_CELL = "(unreadable cell)";

    private final DataFormatter formatter = new DataFormatter(Locale.US);

    SourceRow toSourceRow(Row row) {
        List<CellValue> cells = new ArrayList<>();
        Iterator<Cell> it = row.cellIterator();
        boolean cut = false;
        while (it.hasNext()) {
            Cell cell = it.next();
            int column = cell.getColumnIndex();
            if (column >= SourceRow.MAX_COLUMNS) {
                cut = true;
                break;
            }
            while (cells.size() < column) {
                cells.add(CellValue.BLANK);
            }
            cells.add(readSafely(cell));
        }
        return new SourceRow(row.getRowNum() + 1, cells, cut);
    }

    /**
     * A cell POI cannot read (fuzzed or odd files throw plain runtime exceptions from single cells)
     * becomes visible text rather than sinking the whole file; if it matters, the row says so.
     */
    private CellValue readSafely(Cell cell) {
        try {
            return read(cell);
        } catch (RuntimeException e) {
            return CellValue.ofText(UNREADABLE_CELL);
        }
    }

    CellValue read(Cell cell) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> CellValue.ofText(cell.getStringCellValue());
            case NUMERIC -> numeric(cell);
            case BOOLEAN -> CellValue.ofText(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR -> CellValue.ofText(errorText(cell.getErrorCellValue()));
            default -> CellValue.BLANK;
        };
    }

    private CellValue numeric(Cell cell) {
        double value = cell.getNumericCellValue();
        if (isDate(cell)) {
            var date = cell.getLocalDateTimeCellValue().toLocalDate();
            return new CellValue(date.toString(), null, null, date);
        }
        CellStyle style = cell.getCellStyle();
        return style == null ? number(value) : number(value, style.getDataFormat(), style.getDataFormatString());
    }

    /** A number in a cell without a style: shown as Excel shows it in the General format. */
    static CellValue number(double value) {
        String text = NumberToTextConverter.toText(value);
        return new CellValue(text, new BigDecimal(text), null, null);
    }

    /** A number as its cell's number format shows it, keeping the format, where a currency may be. */
    CellValue number(double value, int formatIndex, String format) {
        String text = formatter.formatRawCellContents(value, formatIndex, format);
        return new CellValue(text, new BigDecimal(NumberToTextConverter.toText(value)), format, null);
    }

    private static boolean isDate(Cell cell) {
        try {
            return DateUtil.isCellDateFormatted(cell);
        } catch (IllegalStateException | FormulaParseException e) {
            return false;
        }
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }
}
