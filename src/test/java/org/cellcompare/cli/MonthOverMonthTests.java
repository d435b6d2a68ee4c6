package org.cellcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cellcompare.support.TestFiles.row;
import static org.cellcompare.support.TestFiles.sheets;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.cellcompare.support.OpenedWorkbook;
import org.cellcompare.support.TestFiles;

/** Two months run into the same output folder: the second month's Changes sheet and web page list what moved. */
class MonthOverMonthTests {

    private static final List<Object> HEADER = row("Provider", "Country", "Program", "Price", "Cell source", "Route",
            "Registration", "Claims", "Last verified");

    @TempDir
    Path folder;

    @Test
    void listsNewGoneRepricedAndReclassifiedOfferingsAgainstTheLatestEarlierMonth() throws Exception {
        Path output = folder.resolve("output");
        Path october = input("october", List.of(
                row("Alpha Clinic", "Mexico", "Neuro", "USD 10,000", "UC-MSC", "IV", "", "", "2026-10-01"),
                row("Beta Clinic", "Mexico", "Neuro", "USD 20,000", "UC-MSC", "IV", "", "", "2026-10-01"),
                row("Gamma Clinic", "Mexico", "Neuro", "USD 30,000", "UC-MSC", "IV", "", "", "2026-10-01"),
                row("Trial Hospital", "United States", "Cord blood study", "", "autologous cord blood", "IV", "NCT04512345", "", "2026-10-01")),
                "RECRUITING");
        Path november = input("november", List.of(
                row("Alpha Clinic", "Mexico", "Neuro", "USD 12,000", "UC-MSC", "IV", "", "", "2026-11-01"),
                row("Beta Clinic", "Mexico", "Neuro", "USD 20,500", "UC-MSC", "IV", "", "Guaranteed results", "2026-11-01"),
                row("Delta Clinic", "Mexico", "Neuro", "USD 15,000", "UC-MSC", "IV", "", "", "2026-11-01"),
                row("Trial Hospital", "United States", "Cord blood study", "", "autologous cord blood", "IV", "NCT04512345", "", "2026-11-01")),
                "COMPLETED");

        assertThat(run(october, output, "--month=2026-10")).isZero();
        assertThat(run(november, output, "--month=2026-11")).isZero();

        try (OpenedWorkbook book = OpenedWorkbook.open(output.resolve("cellcompare-2026-11.xlsx"))) {
            List<Map<String, String>> changes = changesTable(book);
            assertThat(changes).extracting(c -> c.get("Change") + " | " + c.get("Provider") + " | " + c.get("Before")
                    + " | " + c.get("Now")).containsExactly(
                    "Concern changed | Beta Clinic | Moderate concern | High concern",
                    "Trial status changed | Trial Hospital | Recruiting | Completed",
                    "Course cost changed | Alpha Clinic | 10,000 USD | 12,000 USD (+20.0%)",
                    "New offering | Delta Clinic |  | 15,000 USD",
                    "No longer listed | Gamma Clinic | 30,000 USD | ");
            assertThat(book.lines("Summary")).contains("Compared with | 2026-10: 5 changes (see Changes)");
        }
        Element changes = Jsoup.parse(output.resolve("cellcompare-2026-11.html").toFile(), "UTF-8").getElementById("changes")
                .parent();
        assertThat(changes.select("p").first().text()).startsWith("Compared with 2026-10");
        assertThat(changes.select("ul.changes li").eachText()).as("the web page lists the same changes").containsExactly(
                "Concern changed: Beta Clinic (Mexico), Neuro. Before: Moderate concern. Now: High concern.",
                "Trial status changed: Trial Hospital (United States), Cord blood study. Before: Recruiting. Now: Completed.",
                "Course cost changed: Alpha Clinic (Mexico), Neuro. Before: 10,000 USD. Now: 12,000 USD (+20.0%).",
                "New offering: Delta Clinic (Mexico), Neuro. Now: 15,000 USD.",
                "No longer listed: Gamma Clinic (Mexico), Neuro. Before: 30,000 USD.");
    }

    @Test
    void aRerunReplacesTheMonthsSnapshotAndSaysSo() throws Exception {
        Path output = folder.resolve("output");
        Path first = input("first", List.of(
                row("Alpha Clinic", "Mexico", "Neuro", "USD 10,000", "UC-MSC", "IV", "", "", "2026-10-01")), "RECRUITING");
        Path corrected = input("corrected", List.of(
                row("Alpha Clinic", "Mexico", "Neuro", "USD 11,000", "UC-MSC", "IV", "", "", "2026-10-01")), "RECRUITING");
        Path november = input("nov", List.of(
                row("Alpha Clinic", "Mexico", "Neuro", "USD 11,000", "UC-MSC", "IV", "", "", "2026-11-01")), "RECRUITING");

        assertThat(run(first, output, "--month=2026-10")).isZero();
        assertThat(run(corrected, output, "--month=2026-10", "--rerun")).isZero();
        assertThat(run(november, output, "--month=2026-11")).isZero();

        try (OpenedWorkbook october = OpenedWorkbook.open(output.resolve("cellcompare-2026-10.xlsx"))) {
            assertThat(october.lines("Summary")).anySatisfy(line -> assertThat(line).contains("replaces an earlier run"));
        }
        try (OpenedWorkbook book = OpenedWorkbook.open(output.resolve("cellcompare-2026-11.xlsx"))) {
            assertThat(book.lines("Changes")).contains("Nothing changed since then.");
        }
    }

    private static List<Map<String, String>> changesTable(OpenedWorkbook book) {
        assertThat(book.lines("Changes").get(0)).startsWith("Compared with 2026-10");
        return book.table("Changes", 2);
    }

    private Path input(String name, List<List<Object>> rows, String trialStatus) throws Exception {
        Path input = folder.resolve(name);
        List<List<Object>> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(rows);
        TestFiles.xlsx(input.resolve("offerings/offers.xlsx"), sheets("Offers", all));
        TestFiles.copyTree(Path.of("input/rates"), input.resolve("rates"));
        Files.createDirectories(input.resolve("registry"));
        Files.writeString(input.resolve("registry/ctg.csv"), "NCT Number,Study Title,Study Status,Conditions,Phases,Enrollment,Sponsor\n"
                + "NCT04512345,Cord blood for CP," + trialStatus + ",Cerebral Palsy,PHASE2,90,Trial Hospital\n");
        return input;
    }

    private static int run(Path input, Path output, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--input=" + input;
        all[1] = "--output=" + output;
        System.arraycopy(args, 0, all, 2, args.length);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new CommandLine(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(all);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        return status;
    }
}
