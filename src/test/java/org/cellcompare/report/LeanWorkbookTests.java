package org.cellcompare.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .xlsx whose sheets' rows are copied in compressed, checked byte for byte and as a spreadsheet. */
class LeanWorkbookTests {

    private static final int ROWS = 5_000;

    @TempDir
    Path folder;

    @Test
    void everyEntryHasTheCrcAndSizeItsHeaderStatesAndTheRowsReadBack() throws IOException {
        Path file = folder.resolve("lean.xlsx");
        try (LeanWorkbook workbook = new LeanWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            SXSSFSheet offerings = workbook.createSheet("Offerings");
            workbook.createSheet("Nothing yet");
            offerings.createRow(0).createCell(0).setCellValue("Provider");
            for (int i = 1; i <= ROWS; i++) {
                Row row = offerings.createRow(i);
                row.createCell(0).setCellValue("Clínica <" + i + "> & Co \"" + i + "\"");
                row.createCell(1).setCellValue(i * 1.5);
                Cell link = row.createCell(2);
                link.setCellValue("source");
                Hyperlink hyperlink = workbook.getCreationHelper().createHyperlink(HyperlinkType.URL);
                hyperlink.setAddress("https://clinic.example/" + i);
                link.setHyperlink(hyperlink);
            }
            workbook.write(out);
        }

        Map<String, Long> sizes = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            // ZipInputStream checks each entry's CRC-32 and sizes against what it reads
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                sizes.put(entry.getName(), (long) zip.readAllBytes().length);
            }
        }
        assertThat(sizes).containsKeys("xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml");

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook opened = new XSSFWorkbook(in)) {
            XSSFSheet offerings = opened.getSheet("Offerings");
            assertThat(offerings.getLastRowNum()).isEqualTo(ROWS);
            assertThat(offerings.getRow(ROWS).getCell(0).getStringCellValue())
                    .isEqualTo("Clínica <" + ROWS + "> & Co \"" + ROWS + "\"");
            assertThat(offerings.getRow(ROWS).getCell(1).getNumericCellValue()).isEqualTo(ROWS * 1.5);
            assertThat(offerings.getRow(ROWS).getCell(2).getHyperlink().getAddress())
                    .isEqualTo("https://clinic.example/" + ROWS);
            Sheet empty = opened.getSheet("Nothing yet");
            assertThat(empty.getPhysicalNumberOfRows()).isZero();
        }
        assertThat(new String(Files.readAllBytes(file), 0, 4, StandardCharsets.ISO_8859_1)).startsWith("PK");
    }
}
