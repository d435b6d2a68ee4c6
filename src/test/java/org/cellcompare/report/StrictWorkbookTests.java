package org.cellcompare.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.cellcompare.cli.CommandLine;
import org.cellcompare.cli.ExitCode;
import org.cellcompare.ingest.InputTemplate;
import org.cellcompare.ingest.OfferingColumn;
import org.cellcompare.support.OpenedWorkbook;
import org.cellcompare.support.TestFiles;

/**
 * The workbooks CellCompare writes, held to what Excel accepts without a repair prompt: the
 * sample in both languages, a month with changes, the input templates, and a workbook of edge
 * cases — every XML part against the ISO/IEC 29500 schemas and Excel's rules beyond them — and
 * the edge cases read back with POI as the input had them.
 */
class StrictWorkbookTests {

    private static final String LONG_LINK = "https://clinic.example/" + "a".repeat(3_000 - "https://clinic.example/".length());
    private static final String LONGEST_TEXT = "Long program ".repeat(2_521).substring(0, 32_767);
    private static final String ESCAPE_LOOKALIKES = "_x0041_ and _X0041_ and _x005F_ and _x004g_";
    private static final String CONTROLS = "Ctrl \u0001\u001F\u000B\u000C end";
    private static final String RIGHT_TO_LEFT = "מרפאה לתאי גזע";
    private static final String ARABIC_PROVIDER = "مركز الخلايا الجذعية";
    private static final String EMOJI_PROVIDER = "Clinic \uD83E\uDDEC\uD83D\uDE42";
    private static final String EMOJI_PROGRAM = "Family \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 program";
    private static final Pattern RGB = Pattern.compile("rgb=\"([^\"]*)\"");
    private static final Pattern PATTERN_TYPE = Pattern.compile("<fill><patternFill patternType=\"(\\w+)\"");

    @TempDir
    static Path folder;

    private static final Map<String, Path> made = new HashMap<>();

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void theSampleWorkbookPassesTheSchemasAndExcelsRules(String language) throws Exception {
        Path workbook = sampleWorkbook(language);

        assertStrict(workbook);
        for (String name : sheetNamesInTheXml(workbook)) {
            assertThat(StrictWorkbook.decode(name)).as("Excel reads sheet name %s as written", name).isEqualTo(name);
        }
    }

    @Test
    void aMonthWithChangesPassesTheSchemasAndExcelsRules() throws Exception {
        Path october = folder.resolve("changes-october");
        TestFiles.copySample(october);
        Files.delete(october.resolve("offerings/latam-europa.csv"));
        Path november = folder.resolve("changes-november");
        TestFiles.copySample(november);
        Path output = folder.resolve("changes-output");

        run("--input=" + october, "--output=" + output, "--month=2026-10");
        run("--input=" + november, "--output=" + output, "--month=2026-11");

        Path workbook = output.resolve("cellcompare-2026-11.xlsx");
        try (OpenedWorkbook book = OpenedWorkbook.open(workbook)) {
            assertThat(book.table("Changes", 2)).extracting(change -> change.get("Change")).contains("New offering");
        }
        assertStrict(workbook);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void theInputTemplatePassesTheSchemasAndExcelsRules(String language) throws Exception {
        Path template = folder.resolve("template-" + language + ".xlsx");

        run("--template=" + template, "--locale=" + language);

        assertStrict(template);
    }

    @Test
    void theInputTemplateKeepsTextThatLooksLikeAnEscape() throws Exception {
        Path template = folder.resolve("template-escapes.xlsx");

        InputTemplate.write(template, new InputTemplate.Texts("Offerings", "Title _x0041_", "Fill in", OfferingColumn::header,
                column -> "Note _x0042_", Map.of(OfferingColumn.PROVIDER, "Example _x0043_"), "Not listed _x0044_", "Lists"),
                List.of(new InputTemplate.Choices(OfferingColumn.ROUTE, List.of("IV _x0045_", "intrathecal"))));

        try (OpenedWorkbook book = OpenedWorkbook.open(template)) {
            Sheet offerings = book.sheet("Offerings");
            assertThat(offerings.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Title _x0041_");
            assertThat(offerings.getRow(2).getCell(OfferingColumn.PROVIDER.ordinal()).getStringCellValue())
                    .isEqualTo("Note _x0042_");
            assertThat(offerings.getRow(3).getCell(OfferingColumn.PROVIDER.ordinal()).getStringCellValue())
                    .isEqualTo("Example _x0043_");
            assertThat(book.sheet("Lists").getRow(1).getCell(0).getStringCellValue()).isEqualTo("IV _x0045_");
        }
        assertThat(part(template, "xl/worksheets/sheet1.xml")).as("the drop-down's warning, which POI reads undecoded")
                .contains("error=\"Not listed _x005F_x0044_\"");
        assertStrict(template);
    }

    @Test
    void aWorkbookOfEdgeCaseTextAndLinksPassesTheSchemasAndExcelsRules() throws Exception {
        assertStrict(edgeCaseWorkbook());
    }

    @Test
    void readsBackEdgeCaseTextAsTheInputHadIt() throws Exception {
        Path workbook = edgeCaseWorkbook();

        try (OpenedWorkbook book = OpenedWorkbook.open(workbook)) {
            String clinics = "Commercial clinics";
            assertThat(program(book, "Clinic _x0041_ literal")).isEqualTo(ESCAPE_LOOKALIKES);
            assertThat(program(book, "Bell\u0007 Clinic")).isEqualTo(CONTROLS);
            assertThat(program(book, "Long Text Clinic")).hasSize(32_767).isEqualTo(LONGEST_TEXT);
            assertThat(program(book, ARABIC_PROVIDER)).isEqualTo(RIGHT_TO_LEFT);
            assertThat(program(book, EMOJI_PROVIDER)).isEqualTo(EMOJI_PROGRAM);
            Cell formulaLike = book.cell(clinics, book.rowWhere(clinics, "Provider", "=1+1"), "Provider");
            assertThat(formulaLike.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formulaLike.getStringCellValue()).isEqualTo("=1+1");
            assertThat(formulaLike.getCellStyle().getQuotePrefixed()).as("stays text when edited").isTrue();
        }
        String clinicsXml = part(workbook, "xl/worksheets/sheet5.xml");
        assertThat(clinicsXml).as("what Excel reads, not only POI")
                .contains("Clinic _x005F_x0041_ literal", "_x005F_x0041_ and _X0041_ and _x005F_x005F_ and _x004g_",
                        "Bell_x0007_ Clinic", "Ctrl _x0001__x001F__x000B__x000C_ end");
    }

    @Test
    void showsALinkLongerThanExcelTakesAsItsText() throws Exception {
        try (OpenedWorkbook book = OpenedWorkbook.open(edgeCaseWorkbook())) {
            String clinics = "Commercial clinics";
            Cell tooLong = book.cell(clinics, book.rowWhere(clinics, "Provider", "Long Link Clinic"), "Source");
            assertThat(tooLong.getHyperlink()).isNull();
            assertThat(tooLong.getStringCellValue()).isEqualTo(LONG_LINK);
            Cell ordinary = book.cell(clinics, book.rowWhere(clinics, "Provider", EMOJI_PROVIDER), "Source");
            assertThat(ordinary.getHyperlink().getAddress()).isEqualTo("https://clinic.example/emoji");
        }
    }

    @Test
    void writesFillColoursAsEightDigitArgbAfterExcelsReservedFills() throws Exception {
        String styles = part(sampleWorkbook("en"), "xl/styles.xml");

        List<String> colours = new ArrayList<>();
        for (Matcher rgb = RGB.matcher(styles); rgb.find(); ) {
            colours.add(rgb.group(1));
        }
        assertThat(colours).contains("FFD9D9D9", "FFFFF2CC", "FF9C3F0B").allMatch(c -> c.matches("[0-9A-F]{8}"));
        List<String> patterns = new ArrayList<>();
        for (Matcher type = PATTERN_TYPE.matcher(styles); type.find(); ) {
            patterns.add(type.group(1));
        }
        assertThat(patterns).startsWith("none", "gray125");
    }

    @Test
    void theCheckFindsWhatMakesExcelRepairAWorkbook() throws Exception {
        Path broken = folder.resolve("broken.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(broken)) {
            XSSFCellStyle grey = workbook.createCellStyle();
            grey.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xD9, (byte) 0xD9, (byte) 0xD9}));
            grey.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Cell cell = workbook.createSheet("Clinics").createRow(0).createCell(0);
            cell.setCellValue("too long a link");
            cell.setCellStyle(grey);
            Hyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.URL);
            link.setAddress(LONG_LINK);
            cell.setHyperlink(link);
            workbook.write(out);
        }

        assertThat(StrictWorkbook.schemaProblems(broken)).singleElement().asString().startsWith("xl/styles.xml: ")
                .contains("D9D9D9");
        assertThat(StrictWorkbook.excelProblems(broken)).containsExactly(
                "xl/styles.xml: <fgColor rgb=\"D9D9D9\"> is not eight hex digits (ARGB)",
                "xl/worksheets/sheet1.xml: link A1's address has 3000 characters, more than Excel's 2079");
    }

    private static void assertStrict(Path workbook) throws IOException {
        assertThat(StrictWorkbook.schemaProblems(workbook)).as("parts the schemas refuse in %s", workbook).isEmpty();
        assertThat(StrictWorkbook.excelProblems(workbook)).as("Excel's rules broken in %s", workbook).isEmpty();
    }

    private static String program(OpenedWorkbook book, String provider) {
        Row row = book.rowWhere("Commercial clinics", "Provider", provider);
        return book.cell("Commercial clinics", row, "Program").getStringCellValue();
    }

    private static synchronized Path sampleWorkbook(String language) throws IOException {
        Path workbook = made.get("sample-" + language);
        if (workbook == null) {
            Path input = folder.resolve("sample-input-" + language);
            Path output = folder.resolve("sample-output-" + language);
            TestFiles.copySample(input);
            run("--input=" + input, "--output=" + output, "--month=2026-11", "--locale=" + language);
            workbook = output.resolve("cellcompare-2026-11.xlsx");
            made.put("sample-" + language, workbook);
        }
        return workbook;
    }

    /**
     * A month of offerings whose text and links Excel is strictest about. CSV, because a
     * spreadsheet cannot hold "_x0041_" literally without the escape being tested here.
     */
    private static synchronized Path edgeCaseWorkbook() throws IOException {
        Path workbook = made.get("edge");
        if (workbook == null) {
            Path input = folder.resolve("edge-input");
            TestFiles.copyTree(Path.of("input/rates"), input.resolve("rates"));
            TestFiles.copyTree(Path.of("input/registry"), input.resolve("registry"));
            List<List<String>> rows = List.of(
                    List.of("Provider", "Country", "Program", "Price", "Cell source", "Route", "Source URL", "Last verified"),
                    offering("Clinic _x0041_ literal", ESCAPE_LOOKALIKES, "https://clinic.example/_x0041_"),
                    offering("Bell\u0007 Clinic", CONTROLS, "https://clinic.example/controls"),
                    offering("Long Link Clinic", "Neuro", LONG_LINK),
                    offering("Long Text Clinic", LONGEST_TEXT, "https://clinic.example/long"),
                    offering("=1+1", "+SUM(A1)", "https://clinic.example/formula"),
                    offering(ARABIC_PROVIDER, RIGHT_TO_LEFT, "https://clinic.example/rtl"),
                    offering(EMOJI_PROVIDER, EMOJI_PROGRAM, "https://clinic.example/emoji"));
            Files.createDirectories(input.resolve("offerings"));
            Files.writeString(input.resolve("offerings/edge-cases.csv"), rows.stream()
                    .map(row -> row.stream().map(v -> '"' + v.replace("\"", "\"\"") + '"').collect(Collectors.joining(",")))
                    .collect(Collectors.joining("\r\n", "", "\r\n")), StandardCharsets.UTF_8);
            Path output = folder.resolve("edge-output");
            run("--input=" + input, "--output=" + output, "--month=2026-11");
            workbook = output.resolve("cellcompare-2026-11.xlsx");
            made.put("edge", workbook);
        }
        return workbook;
    }

    private static List<String> offering(String provider, String program, String source) {
        return List.of(provider, "Mexico", program, "USD 12,000", "UC-MSC", "IV", source, "2026-10-01");
    }

    private static void run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new CommandLine(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(ExitCode.WRITTEN.code());
    }

    private static List<String> sheetNamesInTheXml(Path workbook) throws IOException {
        List<String> names = new ArrayList<>();
        Matcher sheet = Pattern.compile("<sheet name=\"([^\"]*)\"").matcher(part(workbook, "xl/workbook.xml"));
        while (sheet.find()) {
            names.add(sheet.group(1));
        }
        assertThat(names).hasSize(WorkbookWriter.SHEET_KEYS.size());
        return names;
    }

    private static String part(Path workbook, String name) throws IOException {
        try (ZipFile zip = new ZipFile(workbook.toFile()); InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
