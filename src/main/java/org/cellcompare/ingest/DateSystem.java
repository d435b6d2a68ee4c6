package org.cellcompare.ingest;

import java.time.LocalDate;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * How a file counts days. A workbook keeps a date as a number of days from its epoch (1900, or
 * 1904 for workbooks begun on old Macs), and a date typed into a cell formatted General shows as
 * that bare number, {@code 46120}. A CSV has no date system: its numbers are only text.
 */
public enum DateSystem {
    NONE, EXCEL_1900, EXCEL_1904;

    /** Excel's last day, 9999-12-31; a larger number is no day at all. */
    private static final double LAST_SERIAL = 2_958_465;

    static DateSystem ofWorkbook(boolean date1904) {
        return date1904 ? EXCEL_1904 : EXCEL_1900;
    }

    /**
     * A bare number (one without a date format) with the day it stands for in this system added;
     * any other cell as it is. Whether the day is plausible is for whoever reads the column.
     */
    CellValue withSerialDate(CellValue cell) {
        if (this == NONE || cell.number() == null || cell.date() != null) {
            return cell;
        }
        double serial = cell.number().doubleValue();
        if (!DateUtil.isValidExcelDate(serial) || serial > LAST_SERIAL) {
            return cell;
        }
        LocalDate date = DateUtil.getLocalDateTime(serial, this == EXCEL_1904).toLocalDate();
        return new CellValue(cell.text(), cell.number(), cell.numberFormat(), date);
    }
}
