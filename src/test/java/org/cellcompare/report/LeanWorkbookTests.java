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
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
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

    @Test
    void aSheetsXmlIsByteForByteWhatPoisOwnStreamingWriterWritesButForControlCharacters() throws IOException {
        Path lean = folder.resolve("lean.xlsx");
        Path poi = folder.resolve("poi.xlsx");
        try (LeanWorkbook workbook = new LeanWorkbook(); OutputStream out = Files.newOutputStream(lean)) {
            fillWithEveryKindOfCell(workbook);
            workbook.write(out);
        }
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(poi)) {
            fillWithEveryKindOfCell(workbook);
            workbook.write(out);
        }
        String sheet = "xl/worksheets/sheet1.xml";
        // the one departure: a character XML cannot hold stays as Excel's escape, where POI writes "?"
        assertThat(rows(entry(lean, sheet))).contains("xml:space=\"preserve\"", "&lt;", "t=\"b\"", "<f>", "r=\"AE599\"")
                .contains(" _x0001_</t>").isEqualTo(rows(entry(poi, sheet)).replace(" ?</t>", " _x0001_</t>"));
    }

    /** What lies between {@code <sheetData>} and its end; POI's writer adds a line break after the start. */
    private static String rows(String sheetXml) {
        return sheetXml.substring(sheetXml.indexOf("<sheetData>") + "<sheetData>".length(), sheetXml.indexOf("</sheetData>")).strip();
    }

    private static void fillWithEveryKindOfCell(SXSSFWorkbook workbook) {
        Sheet sheet = workbook.createSheet("Cells");
        CellStyle wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        for (int i = 0; i < 300; i++) {
            Row row = sheet.createRow(i * 2);
            row.createCell(0).setCellValue("Clinic " + i);
            row.createCell(1).setCellValue(" padded ");
            row.createCell(2).setCellValue("<b> & \"quoted\" \u00A0 \uD83D\uDE00 \u0001");
            row.createCell(3).setCellValue(i * 1234.5678);
            row.createCell(4).setCellStyle(wrapped);
            row.createCell(5).setCellValue("");
            row.createCell(7).setCellValue(i % 2 == 0);
            row.createCell(8).setCellFormula("D" + (i * 2 + 1) + "*2");
            Cell styled = row.createCell(30);
            styled.setCellValue("far column");
            styled.setCellStyle(wrapped);
        }
    }

    /** Read through the central directory: POI's own writer streams its entries with Zip64 descriptors. */
    private static String entry(Path file, String name) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(name);
            assertThat(entry).as(name + " in " + file).isNotNull();
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
