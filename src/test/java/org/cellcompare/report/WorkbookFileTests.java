package org.cellcompare.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.cellcompare.rank.ConcernLevel;

/** The .xlsx whose table sheets CellCompare writes itself, checked as a zip, as a spreadsheet, and against POI's own writer. */
class WorkbookFileTests {

    private static final int ROWS = 5_000;
    private static final List<Integer> WIDTHS = List.of(12, 30, 14, 40, 11, 20);

    @TempDir
    Path folder;

    @Test
    void everyEntryHasTheCrcAndSizeItsHeaderStatesAndTheRowsReadBack() throws IOException {
        Path file = folder.resolve("tables.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file);
             WorkbookFile parts = new WorkbookFile(workbook, out, folder, task -> new Thread(task).start())) {
            SXSSFSheet offerings = workbook.createSheet("Offerings");
            workbook.createSheet("Nothing yet").createRow(0).createCell(0).setCellValue("written by POI");
            ReportStyles styles = new ReportStyles(workbook, "USD");
            SheetWriter writer = new SheetWriter(parts.table(offerings, 0), styles, List.of(30, 10, 10));
            writer.headers(List.of("Provider", "Cost", "Source"));
            for (int i = 1; i <= ROWS; i++) {
                writer.row().text("Clínica <" + i + "> & Co \"" + i + "\"").number(BigDecimal.valueOf(i * 1.5), styles.money)
                        .link("source", "https://clinic.example/" + i);
            }
            writer.table(0);
            parts.finish();
        }

        Map<String, Long> sizes = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            // ZipInputStream checks each entry's CRC-32 and sizes against what it reads
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                sizes.put(entry.getName(), (long) zip.readAllBytes().length);
            }
        }
        assertThat(sizes).containsKeys("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml",
                "xl/worksheets/sheet2.xml", "xl/worksheets/_rels/sheet1.xml.rels");

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook opened = new XSSFWorkbook(in)) {
            XSSFSheet offerings = opened.getSheet("Offerings");
            assertThat(offerings.getLastRowNum()).isEqualTo(ROWS);
            assertThat(offerings.getRow(ROWS).getCell(0).getStringCellValue())
                    .isEqualTo("Clínica <" + ROWS + "> & Co \"" + ROWS + "\"");
            assertThat(offerings.getRow(ROWS).getCell(1).getNumericCellValue()).isEqualTo(ROWS * 1.5);
            assertThat(offerings.getRow(ROWS).getCell(2).getHyperlink().getAddress())
                    .isEqualTo("https://clinic.example/" + ROWS);
            assertThat(offerings.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(offerings.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:C" + (ROWS + 1));
            assertThat(opened.getSheet("Nothing yet").getRow(0).getCell(0).getStringCellValue()).isEqualTo("written by POI");
        }
    }

    @Test
    void aTablesPartIsWhatPoisStreamingWriterWritesForTheSameCallsButForItsDimension() throws IOException {
        Path own = folder.resolve("own.xlsx");
        Path poi = folder.resolve("poi.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(own);
             WorkbookFile parts = new WorkbookFile(workbook, out, folder, task -> new Thread(task).start())) {
            SXSSFSheet sheet = workbook.createSheet("Cells");
            ReportStyles styles = new ReportStyles(workbook, "USD");
            fillWithEveryKindOfCell(new SheetWriter(parts.table(sheet, 2), styles, WIDTHS), styles);
            parts.finish();
        }
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(poi)) {
            Sheet sheet = workbook.createSheet("Cells");
            ReportStyles styles = new ReportStyles(workbook, "USD");
            fillWithEveryKindOfCell(new SheetWriter(sheet, styles, WIDTHS), styles);
            workbook.write(out);
        }
        String part = "xl/worksheets/sheet1.xml";
        String poiXml = entry(poi, part).replaceFirst("<dimension ref=\"[A-Z0-9:]+\"/>", "");
        String ownXml = entry(own, part).replace(" xmlns:r=\"" + SheetLinks.RELATIONSHIPS_NAMESPACE + "\"", "");
        assertThat(ownXml).contains("xml:space=\"preserve\"", "&lt;", "_x0001_", "_x005F_x0041_", "customHeight",
                "<mergeCell ref=\"A1:F1\"/>", "<autoFilter ref=\"A3:F", "r=\"F599\"").isEqualTo(poiXml);
        assertThat(entry(own, "xl/workbook.xml")).isEqualTo(entry(poi, "xl/workbook.xml"));
    }

    private static void fillWithEveryKindOfCell(SheetWriter out, ReportStyles styles) {
        out.row().across(6, "A note across the table, long enough to wrap onto a second line and a third one", styles.wrapped);
        out.blankRow();
        out.headers(List.of("Provider", "Padded", "Marks", "Long", "Date", "Cost"));
        for (int i = 0; i < 299; i++) {
            out.row().text("Clinic " + i).text(" padded ").text("<b> & \"quoted\" \u00A0 \uD83D\uDE00 \u0001 _x0041_")
                    .wrapped("word ".repeat(i % 40)).date(LocalDate.of(2020, 1, 1).plusDays(i))
                    .number(BigDecimal.valueOf(i * 1234.5678), styles.money);
            out.row().text(null, styles.concern(ConcernLevel.values()[i % ConcernLevel.values().length])).skip().text("=1+1")
                    .integer(i).rowNumber(i * 7).text(i % 2 == 0 ? "" : "\t tab\r\nline");
        }
        out.table(2);
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
