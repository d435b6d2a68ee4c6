package org.cellcompare.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetWriterLinksTests {

    @TempDir
    Path folder;

    @Test
    void pastExcelsLimitOfLinksTheAddressesStayTextAndUnsafeOnesNeverLink() throws IOException {
        Path file = folder.resolve("links.xlsx");
        int rows = SheetWriter.MAX_LINKS + 2;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file);
             WorkbookFile parts = new WorkbookFile(workbook, out, folder, task -> new Thread(task).start())) {
            SXSSFSheet sheet = workbook.createSheet("Commercial clinics");
            SheetWriter writer = new SheetWriter(parts.table(sheet, 0), new ReportStyles(workbook, "USD"), List.of(20, 20));
            writer.row().link("javascript", "javascript:alert(1)").link("file", "file:///etc/passwd");
            for (int i = 1; i < rows; i++) {
                writer.row().link("clinic " + i, "https://clinic.example/" + i);
            }
            parts.finish();
        }

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook opened = new XSSFWorkbook(in)) {
            XSSFSheet sheet = opened.getSheet("Commercial clinics");
            assertThat(sheet.getRow(0).getCell(0).getHyperlink()).isNull();
            assertThat(sheet.getRow(0).getCell(1).getHyperlink()).isNull();
            assertThat(sheet.getRow(1).getCell(0).getHyperlink().getAddress()).isEqualTo("https://clinic.example/1");
            assertThat(sheet.getRow(SheetWriter.MAX_LINKS).getCell(0).getHyperlink().getAddress())
                    .isEqualTo("https://clinic.example/" + SheetWriter.MAX_LINKS);
            assertThat(sheet.getRow(rows - 1).getCell(0).getHyperlink()).as("one link past the limit").isNull();
            assertThat(sheet.getRow(rows - 1).getCell(0).getStringCellValue()).isEqualTo("clinic " + (rows - 1));
            assertThat(sheet.getHyperlinkList()).hasSize(SheetWriter.MAX_LINKS);
        }
    }

    @Test
    void anAddressLongerThanExcelTakesStaysText() throws IOException {
        Path file = folder.resolve("long-links.xlsx");
        String longest = "https://clinic.example/" + "a".repeat(SheetWriter.MAX_LINK_LENGTH - 23);
        String tooLong = longest + "b";
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file);
             WorkbookFile parts = new WorkbookFile(workbook, out, folder, task -> new Thread(task).start())) {
            SXSSFSheet sheet = workbook.createSheet("Commercial clinics");
            SheetWriter writer = new SheetWriter(parts.table(sheet, 0), new ReportStyles(workbook, "USD"), List.of(20, 20));
            writer.row().link(longest, longest).link(tooLong, tooLong);
            parts.finish();
        }

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook opened = new XSSFWorkbook(in)) {
            XSSFSheet sheet = opened.getSheet("Commercial clinics");
            assertThat(longest).hasSize(2_079);
            assertThat(sheet.getRow(0).getCell(0).getHyperlink().getAddress()).isEqualTo(longest);
            assertThat(sheet.getRow(0).getCell(1).getHyperlink()).isNull();
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo(tooLong);
        }
    }
}
