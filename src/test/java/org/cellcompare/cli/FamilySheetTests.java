package org.cellcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cellcompare.support.TestFiles.row;
import static org.cellcompare.support.TestFiles.sheets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.cellcompare.rank.Flag;
import org.cellcompare.support.OpenedWorkbook;
import org.cellcompare.support.TestFiles;

/**
 * The family sheet and the family-facing sheets' print setup, as a family meets them: the whole
 * job run on the sample, or on a month with a price outlier, in English and in Spanish, and the
 * workbook opened with POI.
 */
class FamilySheetTests {

    /** Printable width of a landscape page, A4 and Letter, inside the sheets' 0.7-inch side margins. */
    private static final Map<String, Double> LANDSCAPE_POINTS = Map.of("A4", 841.89, "Letter", 792.0);
    private static final int FAMILY_HEADER_ROW = 1;

    @TempDir
    Path folder;

    private Path input;
    private Path output;
    private InProcessRun command;

    @BeforeEach
    void folders() {
        input = folder.resolve("input");
        output = folder.resolve("output");
        command = new InProcessRun(input, output);
    }

    /** One offering as a sheet shows it: who, the cost as displayed, the concern's words and fill. */
    record Shown(String provider, String cost, String concern, String fill) {
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "en, Read me first, Compare offers, Registered trials, Commercial clinics, Provider, Course cost (USD), Concern",
            "es, Léame primero, Comparar ofertas, Ensayos registrados, Clínicas comerciales, Proveedor, Costo del tratamiento (USD), Nivel de preocupación",
    })
    void theFamilySheetHoldsEveryRankedOfferingInRankOrderInEightColumns(String locale, String readMe, String family,
                                                                         String trials, String clinics, String provider,
                                                                         String cost, String concern) throws Exception {
        TestFiles.copySample(input);

        assertThat(command.run("--month=2026-11", "--locale=" + locale)).as(command.stderr()).isZero();

        try (OpenedWorkbook book = OpenedWorkbook.open(output.resolve("cellcompare-2026-11.xlsx"))) {
            assertThat(book.sheetNames()).startsWith(readMe, family, book.sheetNames().get(2), trials, clinics).hasSize(10);
            List<Shown> ranked = new ArrayList<>(ranked(book, trials, provider, cost, concern));
            int trialCount = ranked.size();
            ranked.addAll(ranked(book, clinics, provider, cost, concern));
            Sheet sheet = book.sheet(family);

            List<Integer> blockTitles = new ArrayList<>();
            List<Shown> shown = new ArrayList<>();
            for (int r = FAMILY_HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (isMergedAcross(sheet, r)) {
                    blockTitles.add(shown.size());
                    continue;
                }
                Cell why = row.getCell(5);
                shown.add(new Shown(book.text(row.getCell(0)).lines().findFirst().orElse(""), book.text(row.getCell(2)),
                        book.text(why), fill(why)));
            }
            assertThat(shown).as("every ranked offering, trials first, in rank order").hasSize(ranked.size());
            for (int i = 0; i < ranked.size(); i++) {
                Shown expected = ranked.get(i);
                Shown actual = shown.get(i);
                assertThat(actual.provider()).as("offering %d", i + 1).isEqualTo(expected.provider());
                if (expected.cost().isEmpty()) {
                    assertThat(actual.cost()).as("%s: no price, said in words", expected.provider()).isNotBlank().doesNotContain("$");
                } else {
                    assertThat(actual.cost()).as("cost of %s", expected.provider()).isEqualTo(expected.cost());
                }
                assertThat(actual.concern()).as("concern of %s", expected.provider()).startsWith(expected.concern());
                assertThat(actual.fill()).as("colour of %s", expected.provider()).isEqualTo(expected.fill());
            }
            assertThat(blockTitles).as("a titled block of trials, then one of clinics").containsExactly(0, trialCount);

            List<String> headers = texts(book, sheet.getRow(FAMILY_HEADER_ROW));
            assertThat(headers).hasSizeLessThanOrEqualTo(8).doesNotContain("Flags", "Señales", "Input", "Entrada");
            for (Row row : sheet) {
                assertThat(row.getLastCellNum()).as("row %d", row.getRowNum() + 1).isLessThanOrEqualTo((short) 8);
                for (Cell cell : row) {
                    String text = book.text(cell);
                    assertThat(Arrays.stream(Flag.values()).map(Flag::name)).as("no flag codes").noneMatch(text::contains);
                    assertThat(text).as("no input references").doesNotContain(".xlsx", ".csv", ".xls", ", row ", ", fila ");
                }
            }
            for (int c = 0; c < headers.size(); c++) {
                assertThat(sheet.getColumnWidth(c) / 256).as("column %d, in characters", c + 1).isLessThanOrEqualTo(60);
            }
            Row first = sheet.getRow(FAMILY_HEADER_ROW + 2);
            for (int c : new int[] {0, 1, 3, 4, 5}) {
                assertThat(first.getCell(c).getCellStyle().getWrapText()).as("column %d wraps", c + 1).isTrue();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "en, Read me first, Compare offers, Summary, Flags explained, Registered trials, Commercial clinics",
            "es, Léame primero, Comparar ofertas, Resumen, Señales explicadas, Ensayos registrados, Clínicas comerciales",
    })
    void familySheetsPrintAtSeventyPercentOrMoreWithTheirHeaderOnEveryPage(String locale, String readMe, String family,
                                                                           String summary, String flags, String trials,
                                                                           String clinics) throws Exception {
        TestFiles.copySample(input);

        assertThat(command.run("--month=2026-11", "--locale=" + locale)).as(command.stderr()).isZero();

        try (OpenedWorkbook book = OpenedWorkbook.open(output.resolve("cellcompare-2026-11.xlsx"))) {
            for (String name : List.of(readMe, family, summary, flags)) {
                Sheet sheet = book.sheet(name);
                PrintSetup print = sheet.getPrintSetup();
                assertThat(print.getLandscape()).as("%s: landscape", name).isTrue();
                assertThat(sheet.getFitToPage()).as("%s: fitted", name).isTrue();
                assertThat(print.getFitWidth()).as("%s: one page wide", name).isEqualTo((short) 1);
                assertThat(print.getFitHeight()).as("%s: as many pages down as it needs", name).isZero();
                assertThat(sheet.getRepeatingRows()).as("%s: its header row on every page", name).isNotNull();
                short font = smallestFont(book, sheet);
                assertThat(font).as("%s: body text in points", name).isGreaterThanOrEqualTo((short) 10);
                for (Map.Entry<String, Double> paper : LANDSCAPE_POINTS.entrySet()) {
                    double scale = scale(sheet, paper.getValue());
                    assertThat(scale).as("%s printed on %s", name, paper.getKey()).isGreaterThanOrEqualTo(0.7);
                    assertThat(font * scale).as("%s: body text as printed on %s, in points", name, paper.getKey())
                            .isGreaterThanOrEqualTo(10.0);
                }
            }
            assertThat(book.sheet(family).getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("2:2"));
            for (String name : List.of(readMe, family, summary, flags, trials, clinics)) {
                Sheet sheet = book.sheet(name);
                assertThat(sheet.getHeader().getLeft()).as("%s names the month", name).contains("2026-11");
                assertThat(sheet.getHeader().getRight()).as("%s names the sheet", name).isEqualTo("&A");
                assertThat(sheet.getFooter().getCenter()).as("%s numbers the pages", name).contains("&P", "&N");
            }
            XSSFSheet summarySheet = (XSSFSheet) book.sheet(summary);
            XSSFDrawing drawing = summarySheet.getDrawingPatriarch();
            assertThat(drawing.getCharts()).hasSize(2);
            drawing.getShapes().forEach(shape -> {
                var anchor = (org.apache.poi.xssf.usermodel.XSSFClientAnchor) shape.getAnchor();
                assertThat(summarySheet.getRowBreaks()).as("a page starts at the chart").contains(anchor.getRow1() - 1);
                double height = (anchor.getRow2() - anchor.getRow1()) * summarySheet.getDefaultRowHeightInPoints();
                assertThat(height).as("the chart fits a Letter page's height").isLessThan(612 - 2 * 0.75 * 72);
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "en, Summary, Left out as outliers, Fewer than 3 offers, Much more expensive than others, Note, Thailand, Mexico",
            "es, Resumen, Excluidas por precio atípico, Menos de 3 ofertas, Mucho más caro que los demás, Nota, Tailandia, México",
    })
    void theSummaryLeavesPriceOutliersOutOfMediansAndMarksCountriesWithFewOffers(String locale, String summary,
                                                                                String outliersHeader, String fewOffers,
                                                                                String outlierFlag, String note,
                                                                                String thailand, String mexico) throws Exception {
        TestFiles.copyTree(Path.of("input/rates"), input.resolve("rates"));
        TestFiles.xlsx(input.resolve("offerings/month.xlsx"), sheets("Clinics", List.of(
                row("Provider", "Country", "City", "Price", "Cell source", "Route", "Last verified"),
                row("Bangkok One", "Thailand", "Bangkok", "USD 10,000", "UC-MSC", "IV", "2026-10-01"),
                row("Bangkok Two", "Thailand", "Bangkok", "USD 12,000", "UC-MSC", "IV", "2026-10-01"),
                row("Phuket Three", "Thailand", "Phuket", "USD 14,000", "UC-MSC", "IV", "2026-10-01"),
                row("Tijuana One", "Mexico", "Tijuana", "USD 15,000", "UC-MSC", "IV", "2026-10-01"),
                row("Cancun Two", "Mexico", "Cancun", "USD 20,000", "UC-MSC", "IV", "2026-10-01"),
                row("Monterrey Three", "Mexico", "Monterrey", "USD 25,000", "UC-MSC", "IV", "2026-10-01"),
                row("Delhi Modest", "India", "Delhi", "USD 5,000", "UC-MSC", "IV", "2026-10-01"),
                row("Delhi Lavish", "India", "Delhi", "USD 500,000", "UC-MSC", "IV", "2026-10-01"))));

        assertThat(command.run("--month=2026-11", "--locale=" + locale)).as(command.stderr()).isZero();

        try (OpenedWorkbook book = OpenedWorkbook.open(output.resolve("cellcompare-2026-11.xlsx"))) {
            Sheet sheet = book.sheet(summary);
            int header = rowOf(book, sheet, outliersHeader);
            List<List<String>> costs = new ArrayList<>();
            for (int r = header + 1; sheet.getRow(r) != null && !isMergedAcross(sheet, r); r++) {
                costs.add(texts(book, sheet.getRow(r)));
            }
            assertThat(texts(book, sheet.getRow(header))).contains(outliersHeader, note);
            assertThat(costs).extracting(c -> c.get(0)).as("charted countries first, then the few")
                    .containsExactly(thailand, mexico, "India");
            assertThat(costs.get(0)).startsWith(thailand, "3", "0", "$10,000", "$12,000", "$14,000");
            assertThat(costs.get(1)).startsWith(mexico, "3", "0", "$15,000", "$20,000", "$25,000");
            assertThat(costs.get(2)).as("the outlier is counted apart, not in the figures")
                    .startsWith("India", "1", "1", "$5,000", "$5,000", "$5,000");
            assertThat(costs.get(2).get(6)).startsWith(fewOffers);
            assertThat(costs.get(0)).hasSizeLessThan(7);
            assertThat(book.lines(summary)).anySatisfy(line -> assertThat(line).contains(outlierFlag, "Delhi Lavish", "500,000"));

            XSSFChart chart = ((XSSFSheet) sheet).getDrawingPatriarch().getCharts().get(0);
            XDDFChartData.Series bars = chart.getChartSeries().get(0).getSeries(0);
            List<String> countries = new ArrayList<>();
            List<Double> medians = new ArrayList<>();
            for (int i = 0; i < bars.getCategoryData().getPointCount(); i++) {
                countries.add(String.valueOf(bars.getCategoryData().getPointAt(i)));
                medians.add(((Number) bars.getValuesData().getPointAt(i)).doubleValue());
            }
            assertThat(countries).as("only countries with 3 or more offers").containsExactly(thailand, mexico);
            assertThat(medians).as("no single offer sets the axis").containsExactly(12_000.0, 20_000.0);
        }
        try (OpenedWorkbook book = OpenedWorkbook.open(output.resolve("cellcompare-2026-11.xlsx"))) {
            String clinics = book.sheetNames().get(4);
            assertThat(book.table(clinics)).as("the outlier stays listed").hasSize(8);
        }
    }

    private static List<Shown> ranked(OpenedWorkbook book, String sheet, String provider, String cost, String concern) {
        List<Shown> shown = new ArrayList<>();
        Sheet ranked = book.sheet(sheet);
        List<String> headers = book.headers(sheet);
        for (int r = 1; r <= ranked.getLastRowNum(); r++) {
            Row row = ranked.getRow(r);
            Cell rank = row.getCell(0);
            if (rank == null || rank.getCellType() != CellType.NUMERIC) {
                continue;
            }
            Cell level = row.getCell(headers.indexOf(concern));
            shown.add(new Shown(book.text(row.getCell(headers.indexOf(provider))), book.text(row.getCell(headers.indexOf(cost))),
                    book.text(level), fill(level)));
        }
        return shown;
    }

    private static String fill(Cell cell) {
        var colour = ((XSSFCellStyle) cell.getCellStyle()).getFillForegroundColorColor();
        return colour == null ? null : colour.getARGBHex();
    }

    private static boolean isMergedAcross(Sheet sheet, int row) {
        return sheet.getMergedRegions().stream().anyMatch(region -> region.getFirstRow() == row && region.getLastColumn() > 0);
    }

    /**
     * The scale a spreadsheet prints the sheet at when it fits it one page wide: the printable
     * width over the columns' width, never above 100 %.
     */
    private static double scale(Sheet sheet, double pageWidthPoints) {
        double printable = pageWidthPoints - (sheet.getMargin(PageMargin.LEFT) + sheet.getMargin(PageMargin.RIGHT)) * 72;
        double columns = 0;
        int last = 0;
        for (Row row : sheet) {
            last = Math.max(last, row.getLastCellNum());
        }
        for (int c = 0; c < last; c++) {
            columns += sheet.getColumnWidthInPixels(c) * 0.75;
        }
        return Math.min(1.0, printable / columns);
    }

    /** The smallest font of any cell holding text, in points. */
    private static short smallestFont(OpenedWorkbook book, Sheet sheet) {
        short smallest = Short.MAX_VALUE;
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (!book.text(cell).isEmpty()) {
                    Font font = book.workbook().getFontAt(cell.getCellStyle().getFontIndex());
                    smallest = (short) Math.min(smallest, font.getFontHeightInPoints());
                }
            }
        }
        return smallest;
    }

    private static List<String> texts(OpenedWorkbook book, Row row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            texts.add(book.text(row.getCell(c)));
        }
        while (!texts.isEmpty() && texts.get(texts.size() - 1).isEmpty()) {
            texts.remove(texts.size() - 1);
        }
        return texts;
    }

    private static int rowOf(OpenedWorkbook book, Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (book.text(cell).equals(text)) {
                    return row.getRowNum();
                }
            }
        }
        throw new AssertionError("No cell reads " + text + " in " + sheet.getSheetName());
    }
}
