package org.cellcompare.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.cellcompare.text.Texts;

/** The sheets POI writes read back as they were given, text that looks like Excel's escapes included. */
class PoiSheetTests {

    private static final String LOOKALIKES = "_x0041_ and _X0041_ and _x005F_";
    private static final String CONTROLS = "Ctrl \u0001\u001F\u000B end";

    @Test
    void textReadsBackAsWrittenAndTextFullOfEscapesIsCutToWhatACellHolds() throws IOException {
        String manyControls = "\u0001".repeat(Texts.MAX_CELL_TEXT);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
            SheetWriter out = new SheetWriter(workbook.createSheet("Read me"), new ReportStyles(workbook, "USD"), List.of(40));
            out.row().text(LOOKALIKES);
            out.row().text(CONTROLS);
            out.row().text(manyControls);
            workbook.write(bytes);
        }

        try (XSSFWorkbook opened = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            XSSFSheet sheet = opened.getSheet("Read me");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(LOOKALIKES);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(CONTROLS);
            String cut = sheet.getRow(2).getCell(0).getStringCellValue();
            assertThat(cut).startsWith("\u0001\u0001").endsWith("…");
            assertThat(cut.length() * 7).isLessThanOrEqualTo(Texts.MAX_CELL_TEXT + 7);
        }
    }
}
