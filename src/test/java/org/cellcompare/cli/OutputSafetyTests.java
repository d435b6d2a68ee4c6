package org.cellcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cellcompare.support.TestFiles.row;
import static org.cellcompare.support.TestFiles.sheets;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.cellcompare.support.OpenedWorkbook;
import org.cellcompare.support.TestFiles;

/**
 * Offerings written to attack whoever opens the workbook: text that a spreadsheet would run as a
 * formula, and links to scripts, local files, embedded data and network shares. The workbook must
 * show them as plain text, and only web addresses may be clickable.
 */
class OutputSafetyTests {

    private static final List<String> FORMULA_LIKE = List.of("=HYPERLINK(\"https://evil.example\",\"Click\")", "+1+1",
            "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "=1+1");

    @TempDir
    Path folder;

    @Test
    void formulaTextStaysTextAndOnlyWebLinksAreClickable() throws Exception {
        Path input = folder.resolve("input");
        Path offerings = Files.createDirectories(input.resolve("offerings"));
        TestFiles.copyTree(Path.of("input/rates"), input.resolve("rates"));
        TestFiles.xlsx(offerings.resolve("attacks.xlsx"), sheets("Clinics", List.of(
                row("Provider", "Country", "Price", "Program", "Claims", "Source"),
                row(FORMULA_LIKE.get(0), "Mexico", "USD 10,000", FORMULA_LIKE.get(1), "", "javascript:alert(1)"),
                row(FORMULA_LIKE.get(2), "Mexico", "USD 11,000", "\tTabbed program", "", "file:///etc/passwd"),
                row(FORMULA_LIKE.get(3), "Thailand", "฿300,000", "", "", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
                row("Share Clinic", "India", FORMULA_LIKE.get(4), "", "", "\\\\evil-host\\share\\prices.xlsx"),
                row("Web Clinic", "Panama", "USD 12,000", "", "", "HTTPS://Example.org/web-clinic"),
                row("Plain Clinic", "Panama", "USD 13,000", "", "", "www.example.org/plain"))));
        formulaCells(offerings.resolve("formulas.xlsx"));
        Path output = folder.resolve("output");

        int status = new CommandLine(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run("--input=" + input, "--output=" + output, "--month=2026-11");

        assertThat(status).isEqualTo(ExitCode.WRITTEN.code());
        try (OpenedWorkbook book = OpenedWorkbook.open(output.resolve("cellcompare-2026-11.xlsx"))) {
            List<String> formulaLikeTexts = new ArrayList<>();
            for (Sheet sheet : book.workbook()) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as(where(cell)).isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING && startsLikeAFormula(cell.getStringCellValue())) {
                            formulaLikeTexts.add(cell.getStringCellValue());
                            assertThat(cell.getCellStyle().getQuotePrefixed()).as(where(cell) + " is quote-prefixed").isTrue();
                        }
                    }
                }
                for (Hyperlink link : ((XSSFSheet) sheet).getHyperlinkList()) {
                    assertThat(URI.create(link.getAddress()).getScheme()).as(link.getAddress()).isIn("http", "https");
                }
            }
            assertThat(formulaLikeTexts).as("each attack reaches the workbook, as text").containsAll(FORMULA_LIKE);

            assertThat(book.table("Commercial clinics")).extracting(r -> r.get("Provider"))
                    .contains(FORMULA_LIKE.get(0), FORMULA_LIKE.get(2), FORMULA_LIKE.get(3), "Share Clinic", "Web Clinic");
            for (String unsafe : List.of("javascript:alert(1)", "file:///etc/passwd", "\\\\evil-host\\share\\prices.xlsx")) {
                Row clinic = book.rowWhere("Commercial clinics", "Source", unsafe);
                assertThat(book.cell("Commercial clinics", clinic, "Source").getHyperlink()).as(unsafe).isNull();
            }
            Row formulas = book.rowWhere("Commercial clinics", "Provider", "Formula Clinic");
            assertThat(book.text(book.cell("Commercial clinics", formulas, "Price as advertised"))).isEqualTo("20000");
            assertThat(book.text(book.cell("Commercial clinics", formulas, "Source"))).isEqualTo("Open");
            assertThat(book.cell("Commercial clinics", formulas, "Source").getHyperlink()).isNull();
            Row web = book.rowWhere("Commercial clinics", "Provider", "Web Clinic");
            assertThat(book.cell("Commercial clinics", web, "Source").getHyperlink().getAddress())
                    .isEqualTo("https://Example.org/web-clinic");
            Row plain = book.rowWhere("Commercial clinics", "Provider", "Plain Clinic");
            assertThat(book.cell("Commercial clinics", plain, "Source").getHyperlink().getAddress())
                    .isEqualTo("https://www.example.org/plain");
        }
    }

    /** A workbook whose cells are real formulas, as a clinic's own price list might be. */
    private static void formulaCells(Path file) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = workbook.createSheet("Prices");
            XSSFRow header = sheet.createRow(0);
            header.createCell(0).setCellValue("Provider");
            header.createCell(1).setCellValue("Country");
            header.createCell(2).setCellValue("Price");
            header.createCell(3).setCellValue("Source");
            XSSFRow clinic = sheet.createRow(1);
            clinic.createCell(0).setCellValue("Formula Clinic");
            clinic.createCell(1).setCellValue("Germany");
            clinic.createCell(2).setCellFormula("10000*2");
            clinic.createCell(3).setCellFormula("HYPERLINK(\"file:///c:/windows\",\"Open\")");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        }
    }

    private static boolean startsLikeAFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    private static String where(Cell cell) {
        return cell.getSheet().getSheetName() + "!" + cell.getAddress();
    }
}
