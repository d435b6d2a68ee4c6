package org.cellcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cellcompare.support.TestFiles.row;
import static org.cellcompare.support.TestFiles.sheets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.MessageSource;

import org.cellcompare.report.Bundles;
import org.cellcompare.support.OpenedWorkbook;
import org.cellcompare.support.TestFiles;

/**
 * The month's web page, as a family's browser reads it: the whole job run on the sample or on
 * hostile offerings, and the page parsed with jsoup beside the workbook of the same run, opened
 * with POI. The page in a real browser (width, requests, accessibility) is scripts/render-html.sh's.
 */
class ReportPageTests {

    private static final MessageSource MESSAGES = Bundles.messages();

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

    /** One ranked offering as each output shows it: rank, provider, course cost (null if none), concern in words. */
    record Ranked(int rank, String provider, BigDecimal cost, String concern) {
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es"})
    void thePageListsEveryRankedOfferingWithTheWorkbooksCostConcernAndRank(String language) throws Exception {
        TestFiles.copySample(input);

        assertThat(command.run("--month=2026-11", "--locale=" + language)).as(command.stderr()).isZero();

        Document page = page("2026-11");
        assertThat(page.select("html").attr("lang")).isEqualTo(language);
        assertThat(page.select("p.subtitle").text())
                .startsWith(language.equals("es") ? "Noviembre de 2026: " : "November 2026: ");
        try (OpenedWorkbook book = OpenedWorkbook.open(output.resolve("cellcompare-2026-11.xlsx"))) {
            for (String[] section : new String[][] {{"sheet.trials", "trials"}, {"sheet.clinics", "clinics"}}) {
                List<Ranked> inWorkbook = ranked(book, message(section[0], language), language);
                List<Ranked> onPage = ranked(page, section[1]);
                assertThat(inWorkbook).as("the sample has offerings in %s", section[1]).isNotEmpty();
                assertThat(onPage).as("%s: rank, provider, cost and concern, in the workbook's order", section[1])
                        .isEqualTo(inWorkbook);
            }
        }
        assertThat(page.select("article.offer .cost").eachText()).as("costs shown in the reporting currency")
                .anyMatch(cost -> cost.matches("[\\d,]+[ \u00a0]USD"));
    }

    @Test
    void thePageStandsAloneInTheIssuesOrderWithTheNoticeFirst() throws Exception {
        TestFiles.copySample(input);

        assertThat(command.run("--month=2026-11")).as(command.stderr()).isZero();

        Document page = page("2026-11");
        assertThat(page.title()).contains("2026-11");
        assertThat(page.select("h1").text()).contains("2026-11");
        assertThat(page.select("h2").eachText()).containsExactly("This is not medical advice", "How to read this page",
                "Registered clinical trials: research studies listed in a public registry",
                "Commercial clinics: treatments sold for a price, not research", "Summary",
                "What changed since last month", "The warning signs explained", "Where the data and rates came from");
        assertThat(page.select("script, link, img, iframe, object, embed, video, audio, source, base")).as("nothing fetched or run")
                .isEmpty();
        assertThat(page.select("style").html()).as("no fonts or images from elsewhere").doesNotContain("url(", "@import");
        assertThat(page.select("[src], [srcset], [style*=url]")).isEmpty();
        assertThat(page.select("meta[name=viewport]").attr("content")).contains("width=device-width");
        assertThat(page.select("style").html()).as("a print stylesheet that keeps each offering on one page")
                .contains("@media print", "break-inside: avoid");
        Element summary = page.getElementById("summary").parent();
        assertThat(summary.select("table").first().text()).contains("Registered trials ranked 9", "Commercial clinics ranked 31");
        assertThat(summary.select("h3").eachText()).contains("Course cost of commercial clinics by country (USD)",
                "Trip estimate of commercial clinics by country (USD)");
        assertThat(summary.select("th[scope=row] > span:first-child").eachText()).contains("Mexico", "Thailand");
        assertThat(summary.select(".chart svg rect")).as("bars of the countries with enough offers").isNotEmpty();
        assertThat(page.getElementById("signs").parent().select("dl.signs dt")).hasSizeGreaterThan(15);
        assertThat(page.getElementById("data").parent().text()).contains("European Central Bank", "U.S. Department of State");
        for (Element link : page.select("a[href]")) {
            assertThat(link.attr("href")).as("only the page's own sections or the web").matches("#\\w+|https?://\\S+");
        }
    }

    @Test
    void hostileTextIsShownAsTextAndOnlyWebAddressesBecomeLinks() throws Exception {
        Path offerings = Files.createDirectories(input.resolve("offerings"));
        TestFiles.copyTree(Path.of("input/rates"), input.resolve("rates"));
        String script = "<script>alert(1)</script>";
        String image = "\"><img src=x onerror=alert(1)>";
        TestFiles.xlsx(offerings.resolve("attacks.xlsx"), sheets("Clinics", List.of(
                row("Provider", "Country", "Price", "Program", "Source"),
                row(script, "Mexico", "USD 10,000", "<b>bold</b> & more", "javascript:alert(1)"),
                row(image, "Mexico", "USD 11,000", "Neuro", "https://example.org/a?b=1&c=2"),
                row("Data Clinic", "Mexico", "USD 12,000", "Neuro", "data:text/html;base64,PHNjcmlwdD4="),
                row("Plain Clinic", "Mexico", "USD 13,000", "Neuro", "www.example.org/plain"))));

        assertThat(command.run("--month=2026-11")).as(command.stderr()).isZero();

        String html = Files.readString(output.resolve("cellcompare-2026-11.html"), StandardCharsets.UTF_8);
        assertThat(html).doesNotContain(script, "<img", "<b>bold");
        Document page = Jsoup.parse(html);
        assertThat(page.select("script, img, b")).isEmpty();
        assertThat(page.select("article.offer h3 > span:last-child").eachText()).contains(script, image);
        assertThat(page.select("article.offer dd").eachText()).contains("<b>bold</b> & more", "javascript:alert(1)",
                "data:text/html;base64,PHNjcmlwdD4=");
        assertThat(page.select("article.offer a[href]").eachAttr("href")).containsExactlyInAnyOrder(
                "https://example.org/a?b=1&c=2", "https://www.example.org/plain");
        assertThat(page.select("[onerror], [onclick], [onload]")).isEmpty();
    }

    @Test
    void noHtmlWritesTheWorkbookAloneAndRemovesTheMonthsEarlierPage() throws Exception {
        TestFiles.copySample(input);
        assertThat(command.run("--month=2026-11")).as(command.stderr()).isZero();
        assertThat(output.resolve("cellcompare-2026-11.html")).isRegularFile();

        assertThat(command.run("--month=2026-11", "--rerun", "--no-html")).as(command.stderr()).isZero();

        assertThat(output.resolve("cellcompare-2026-11.xlsx")).isRegularFile();
        assertThat(output.resolve("cellcompare-2026-11.html")).as("a page that no longer matches its workbook").doesNotExist();
        try (Stream<Path> files = Files.walk(output)) {
            assertThat(files.map(Path::toString)).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void aMonthTooLargeForAPhoneListsTheFirstOffersAndSaysTheWorkbookHasTheRest() throws Exception {
        TestFiles.copySample(input);

        assertThat(command.run("--month=2026-11", "--cellcompare.page.most-offers-per-section=5")).as(command.stderr()).isZero();

        Document page = page("2026-11");
        List<Ranked> clinics = ranked(page, "clinics");
        assertThat(clinics).extracting(Ranked::rank).containsExactly(1, 2, 3, 4, 5);
        assertThat(page.getElementById("clinics").parent().select("p.note").text())
                .isEqualTo("This page lists the first 5 of 31 commercial clinics; the workbook lists every one.");
        assertThat(ranked(page, "trials")).hasSize(5);
    }

    private Document page(String month) throws Exception {
        return Jsoup.parse(output.resolve("cellcompare-" + month + ".html").toFile(), "UTF-8");
    }

    private static List<Ranked> ranked(Document page, String section) {
        List<Ranked> ranked = new ArrayList<>();
        for (Element offer : page.getElementById(section).parent().select("article.offer")) {
            String cost = offer.attr("data-cost");
            ranked.add(new Ranked(Integer.parseInt(offer.attr("data-rank")), offer.select("h3 > span:last-child").text(),
                    cost.isEmpty() ? null : cents(new BigDecimal(cost)), offer.select(".badge").text()));
        }
        return ranked;
    }

    private static List<Ranked> ranked(OpenedWorkbook book, String sheetName, String language) {
        List<String> headers = book.headers(sheetName);
        int rank = headers.indexOf(message("column.rank", language));
        int provider = headers.indexOf(message("column.provider", language));
        int cost = headers.indexOf(message("column.courseCost", language, "USD"));
        int concern = headers.indexOf(message("column.concern", language));
        assertThat(List.of(rank, provider, cost, concern)).as("columns of %s", sheetName).doesNotContain(-1);
        Sheet sheet = book.sheet(sheetName);
        List<Ranked> ranked = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Cell costCell = row.getCell(cost);
            ranked.add(new Ranked((int) row.getCell(rank).getNumericCellValue(), book.text(row.getCell(provider)),
                    costCell != null && costCell.getCellType() == CellType.NUMERIC
                            ? cents(BigDecimal.valueOf(costCell.getNumericCellValue())) : null,
                    book.text(row.getCell(concern))));
        }
        return ranked;
    }

    private static String message(String key, String language, Object... args) {
        return MESSAGES.getMessage(key, args, Bundles.locale(language));
    }

    /** A cost to the cent, as both outputs hold it: the workbook's number is a double, the page's the amount itself. */
    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
