package org.cellcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.cellcompare.support.OpenedWorkbook;
import org.cellcompare.support.TestFiles;
import org.cellcompare.text.Texts;

/**
 * Issue 24: a price of 27 digits or more, or of a few thousand, failed the whole month (a SQL
 * error staging the amount, a stack overflow reading it), and a 300,000-character price took
 * minutes. Now the month runs: each such row is kept, flagged PRICE_UNREADABLE and listed once in
 * Input problems with its own reason, among ordinary rows that rank as before.
 */
class LongPriceTests {

    private static final String THIRTY_DIGITS = "$" + "9".repeat(30);
    private static final String FIVE_THOUSAND_DIGITS = "$" + "9".repeat(5_000);
    private static final String GROUPED = "1,000,000,000,000,000,000";
    /*
     * Long cells of random digits and spaces, as a pasted column of numbers looks: a workbook whose
     * sheet repeats one character a million times compresses a thousandfold, and the reader refuses
     * it as a zip bomb before any price is read.
     */
    private static final String THREE_HUNDRED_THOUSAND = digitsAndSpaces(300_000, 1);
    private static final String A_MILLION = digitsAndSpaces(1_000_000, 2);
    /** A CSV line holds at most a million characters, so its longest price is a little shorter. */
    private static final String NEARLY_A_MILLION = digitsAndSpaces(999_950, 3);

    @TempDir
    Path folder;

    @Test
    void runsTheMonthWithPricesOfAnyLengthAndFlagsTheUnreadableOnes() throws Exception {
        Path input = folder.resolve("input");
        Path output = folder.resolve("output");
        TestFiles.copyTree(Path.of("input/rates"), input.resolve("rates"));
        Files.createDirectories(input.resolve("offerings"));
        Files.writeString(input.resolve("offerings/long-prices.csv"), String.join("\n",
                "Provider,Country,Price,Price basis,Injections",
                "OK Clinic,Mexico,$5000,,",
                "Thirty Digit Clinic,Mexico," + THIRTY_DIGITS + ",,",
                "Five Thousand Digit Clinic,Mexico," + FIVE_THOUSAND_DIGITS + ",,",
                "Grouped Clinic,Mexico,\"" + GROUPED + "\",,",
                "Crore Clinic,India,999999 crore,,",
                "Injections Clinic,Mexico,\"USD 9,000,000,000,000,000\",per injection,8",
                "Long Text Clinic,Mexico," + THREE_HUNDRED_THOUSAND + ",,",
                "Nearly A Million Clinic,Mexico," + NEARLY_A_MILLION + ",,",
                "Lima Clinic,Peru,\"USD 12,500\",,", ""), StandardCharsets.UTF_8);
        inlineXlsx(input.resolve("offerings/long-prices.xlsx"), List.of(
                List.of("Provider", "Country", "Price"),
                List.of("Bangkok Clinic", "Thailand", "฿450,000"),
                List.of("Sheet Thirty Digit Clinic", "Thailand", THIRTY_DIGITS),
                List.of("Sheet Five Thousand Digit Clinic", "Thailand", FIVE_THOUSAND_DIGITS),
                List.of("Sheet Long Text Clinic", "Thailand", THREE_HUNDRED_THOUSAND),
                List.of("Sheet Million Clinic", "Thailand", A_MILLION),
                List.of("Numeric Cell Clinic", "Thailand", 1e27)));

        int status = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> run(input, output));

        assertThat(status).isEqualTo(ExitCode.WRITTEN.code());
        try (OpenedWorkbook book = OpenedWorkbook.open(output.resolve("cellcompare-2026-11.xlsx"))) {
            List<Map<String, String>> clinics = book.table("Commercial clinics");
            assertThat(clinics).extracting(r -> r.get("Provider")).containsExactlyInAnyOrder("OK Clinic", "Thirty Digit Clinic",
                    "Five Thousand Digit Clinic", "Grouped Clinic", "Crore Clinic", "Injections Clinic", "Long Text Clinic",
                    "Nearly A Million Clinic", "Lima Clinic", "Bangkok Clinic", "Sheet Thirty Digit Clinic",
                    "Sheet Five Thousand Digit Clinic", "Sheet Long Text Clinic", "Sheet Million Clinic", "Numeric Cell Clinic");
            Map<String, String> unreadable = Map.ofEntries(
                    Map.entry("Thirty Digit Clinic", THIRTY_DIGITS), Map.entry("Five Thousand Digit Clinic", FIVE_THOUSAND_DIGITS),
                    Map.entry("Grouped Clinic", GROUPED), Map.entry("Injections Clinic", "USD 9,000,000,000,000,000"),
                    Map.entry("Long Text Clinic", THREE_HUNDRED_THOUSAND), Map.entry("Nearly A Million Clinic", NEARLY_A_MILLION),
                    Map.entry("Sheet Thirty Digit Clinic", THIRTY_DIGITS),
                    Map.entry("Sheet Five Thousand Digit Clinic", FIVE_THOUSAND_DIGITS),
                    Map.entry("Sheet Long Text Clinic", THREE_HUNDRED_THOUSAND), Map.entry("Sheet Million Clinic", A_MILLION),
                    Map.entry("Numeric Cell Clinic", "1E+27"));
            for (Map<String, String> clinic : clinics) {
                String provider = clinic.get("Provider");
                List<String> flags = List.of(clinic.get("Flags").split(",\\s*"));
                if (unreadable.containsKey(provider)) {
                    assertThat(flags).as(provider).contains("PRICE_UNREADABLE");
                    assertThat(clinic.get("Course cost (USD)")).as(provider).isEmpty();
                    String written = unreadable.get(provider);
                    assertThat(clinic.get("Price as advertised")).as(provider)
                            .isEqualTo(Texts.fit(written, Texts.MAX_CELL_TEXT)).hasSizeLessThanOrEqualTo(Texts.MAX_CELL_TEXT);
                } else {
                    assertThat(flags).as(provider).doesNotContain("PRICE_UNREADABLE");
                    assertThat(clinic.get("Course cost (USD)")).as(provider).isNotEmpty();
                }
            }

            List<Map<String, String>> priceProblems = book.table("Input problems").stream()
                    .filter(p -> p.get("Column").equals("Price")).toList();
            assertThat(priceProblems).hasSize(unreadable.size());
            assertThat(priceProblems).allSatisfy(p -> {
                assertThat(p.get("Outcome")).isEqualTo("Row kept, value ignored");
                assertThat(p.get("Reason")).startsWith("A price was given but it cannot be read as an amount: ");
                assertThat(p.get("How to fix")).isNotBlank();
            });
            assertThat(reason(priceProblems, "long-prices.csv", "3")).contains("its amount, 999,999,999,999,999,999,999,999,999,999,");
            assertThat(reason(priceProblems, "long-prices.csv", "4")).contains("it is 5,001 characters long");
            assertThat(reason(priceProblems, "long-prices.csv", "5")).contains("its amount, 1,000,000,000,000,000,000,");
            assertThat(reason(priceProblems, "long-prices.csv", "7")).contains("at 8 injections a course it comes to 72,000,000,000,000,000 USD");
            assertThat(reason(priceProblems, "long-prices.csv", "8")).contains("it is 300,000 characters long");
            assertThat(reason(priceProblems, "long-prices.csv", "9")).contains("it is 999,950 characters long");
            assertThat(reason(priceProblems, "long-prices.xlsx", "3")).contains("its amount, 999,999,999,999,999,999,999,999,999,999,");
            assertThat(reason(priceProblems, "long-prices.xlsx", "4")).contains("it is 5,001 characters long");
            assertThat(reason(priceProblems, "long-prices.xlsx", "5")).contains("it is 300,000 characters long");
            assertThat(reason(priceProblems, "long-prices.xlsx", "6")).contains("it is 1,000,000 characters long");
            assertThat(reason(priceProblems, "long-prices.xlsx", "7")).contains("its amount, 1,000,000,000,000,000,000,000,000,000,");

            assertThat(book.lines("Summary")).contains("Rows read (15) = ranked (15) + left out (0) + merged duplicates (0).");
        }
    }

    /** Digits with a space now and then, never at either end. */
    private static String digitsAndSpaces(int length, long seed) {
        Random random = new Random(seed);
        char[] text = new char[length];
        for (int i = 0; i < length; i++) {
            boolean space = i > 0 && i < length - 1 && text[i - 1] != ' ' && random.nextInt(5) == 0;
            text[i] = space ? ' ' : (char) ('0' + random.nextInt(10));
        }
        return new String(text);
    }

    private static String reason(List<Map<String, String>> problems, String file, String row) {
        return problems.stream().filter(p -> p.get("File").equals(file) && p.get("Row").equals(row)).map(p -> p.get("Reason"))
                .reduce((a, b) -> a + " AND " + b).orElseThrow(() -> new AssertionError("no Price problem on " + file + " row " + row));
    }

    private static int run(Path input, Path output) {
        return new CommandLine(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run("--input=" + input, "--output=" + output, "--month=2026-11");
    }

    /**
     * A workbook with one sheet of inline strings and numbers, written as XML: POI refuses to write a
     * cell of more than 32,767 characters, but files made by other programs have them, and the
     * reader takes them.
     */
    private static void inlineXlsx(Path file, List<List<Object>> rows) throws IOException {
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        String relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file)); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + relationships + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                    + " Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + main + "\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"Clinics\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + relationships + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
                    + " Target=\"worksheets/sheet1.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer sheet = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            sheet.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + main + "\"><sheetData>");
            for (int r = 0; r < rows.size(); r++) {
                sheet.write("<row r=\"" + (r + 1) + "\">");
                for (Object value : rows.get(r)) {
                    sheet.write(value instanceof Number n ? "<c><v>" + n + "</v></c>"
                            : "<c t=\"inlineStr\"><is><t>" + value + "</t></is></c>");
                }
                sheet.write("</row>");
            }
            sheet.write("</sheetData></worksheet>");
            sheet.flush();
            zip.closeEntry();
        }
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
