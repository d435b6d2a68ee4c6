package org.cellcompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pass that finds a sheet part's merged areas before its rows are read. */
@Timeout(60)
class XlsxMergeCellsTests {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final XlsxXml XML = new XlsxXml();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            as Excel writes them          | <mergeCells count="2"><mergeCell ref="B5:B7"/><mergeCell ref="A10:A11"/></mergeCells> | B5:B7 A10:A11
            listed bottom first           | <mergeCells><mergeCell ref="A10:A11"/><mergeCell ref="B5:B7"/></mergeCells>             | B5:B7 A10:A11
            with a namespace prefix       | <x:mergeCells xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:mergeCell ref="B5:B7"/></x:mergeCells> | B5:B7
            quoted singly, spaced out     | <mergeCells><mergeCell  ref = 'B5:B7' ></mergeCell></mergeCells>                         | B5:B7
            after another attribute       | <mergeCells><mergeCell note="a > b" ref="B5:B7"/></mergeCells>                            | B5:B7
            with absolute references      | <mergeCells><mergeCell ref="$B$5:$B$7"/></mergeCells>                                     | B5:B7
            over rows and columns         | <mergeCells><mergeCell ref="B5:C7"/></mergeCells>                                         | B5:B7
            over columns only             | <mergeCells><mergeCell ref="D12:E12"/></mergeCells>                                       | ``
            listed twice                  | <mergeCells><mergeCell ref="B5:B7"/><mergeCell ref="B5:B7"/></mergeCells>                 | B5:B7
            one cell                      | <mergeCells><mergeCell ref="B5"/></mergeCells>                                            | ``
            not a range                   | <mergeCells><mergeCell ref="not:a range"/></mergeCells>                                   | ``
            without a reference           | <mergeCells><mergeCell/></mergeCells>                                                     | ``
            in a comment                  | <!-- <mergeCell ref="A1:A9"/> --><mergeCells><mergeCell ref="B5:B7"/></mergeCells>       | B5:B7
            in a processing instruction   | <?note <mergeCell ref="A1:A9"/> ?>                                                        | ``
            in a CDATA section            | <extLst><![CDATA[ <mergeCell ref="A1:A9"/> ]]]><mergeCell ref="B5:B7"/></extLst>          | B5:B7
            escaped in text               | <extLst>&lt;mergeCell ref="A1:A9"/&gt;</extLst>                                           | ``
            elements with longer names    | <mergeCellsExtra ref="A1:A9"/><mergeCellX ref="A1:A9"/>                                   | ``
            """)
    void findsTheAreasASheetPartMergesDown(String what, String afterRows, String expected) {
        assertThat(areas(read(part(afterRows).getBytes(StandardCharsets.UTF_8)))).as(what).isEqualTo(expected);
    }

    @Test
    void aPartInUtf16IsReadToo() {
        String xml = part("<mergeCells><mergeCell ref=\"B5:B7\"/></mergeCells>").replace("UTF-8", "UTF-16");
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_16);

        assertThat(areas(read(bytes))).isEqualTo("B5:B7");
    }

    @Test
    void anElementCutByTheEndOfARefillStillCounts() {
        for (int shift = 0; shift < 80; shift++) {
            String rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + "x".repeat((1 << 16) - 200 + shift)
                    + "</t></is></c></row>";
            String xml = part("<mergeCells><mergeCell ref=\"B5:B7\"/></mergeCells>").replace("<sheetData>", "<sheetData>" + rows);

            assertThat(areas(read(xml.getBytes(StandardCharsets.UTF_8)))).as("shifted by " + shift).isEqualTo("B5:B7");
        }
    }

    @Test
    void aPartCutShortGivesTheAreasBeforeTheCut() {
        byte[] whole = part("<mergeCells><mergeCell ref=\"B5:B7\"/><mergeCell ref=\"A10:A11\"/></mergeCells>")
                .getBytes(StandardCharsets.UTF_8);
        String text = new String(whole, StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(whole, text.indexOf("A10:A11"));

        assertThat(areas(XlsxMergeCells.read(new FailingAfter(cut), XML))).isEqualTo("B5:B7");
    }

    @Test
    void findsTheAreasPoisUsermodelFindsInAWorkbookOfManyMerges(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("many-merges.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Clinics");
            for (int block = 0; block < 3000; block++) {
                int top = 1 + block * 7;
                sheet.createRow(top).createCell(block % 5).setCellValue("Thailand");
                sheet.addMergedRegionUnsafe(new CellRangeAddress(top, top + block % 6 + 1, block % 5, block % 5 + block % 2));
                sheet.addMergedRegionUnsafe(new CellRangeAddress(top, top, 6, 7));
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        MergedCells expected;
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            expected = MergedCells.of(workbook.getSheetAt(0).getMergedRegions());
        }

        assertThat(expected.areas()).hasSize(3000);
        assertThat(merges(file)).isEqualTo(expected);
    }

    @Test
    void areasAcrossColumnsOnlyLeaveNothingToFillDown() throws IOException {
        // 50,000 areas, each one row high
        assertThat(merges(Path.of("src/test/resources/peer/poi-spreadsheets/57893-many-merges.xlsx")))
                .isEqualTo(MergedCells.NONE);
    }

    private static MergedCells merges(Path file) throws IOException {
        try (TableFile table = TableFiles.open(file)) {
            return table.sheets().next().merges();
        }
    }

    private static String part(String afterRows) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MAIN + "\">"
                + "<dimension ref=\"A1:E12\"/><sheetData><row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>Sunrise Clinic</t></is></c>"
                + "<c r=\"B5\" t=\"inlineStr\"><is><t>Thailand</t></is></c></row></sheetData>" + afterRows + "</worksheet>";
    }

    private static MergedCells read(byte[] bytes) {
        return XlsxMergeCells.read(new ByteArrayInputStream(bytes), XML);
    }

    /** The areas as Excel names them, top first. */
    private static String areas(MergedCells merges) {
        return merges.areas().stream().map(area -> {
            String column = CellReference.convertNumToColString(area.column());
            return column + area.firstRow() + ":" + column + area.lastRow();
        }).collect(Collectors.joining(" "));
    }

    /** A part whose stream breaks where it was cut, as a damaged zip entry does. */
    private static final class FailingAfter extends InputStream {
        private final byte[] bytes;
        private int position;

        FailingAfter(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() throws IOException {
            if (position == bytes.length) {
                throw new IOException("invalid stored block lengths");
            }
            return bytes[position++] & 0xFF;
        }
    }
}
