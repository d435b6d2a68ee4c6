package org.cellcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cellcompare.support.TestFiles.row;
import static org.cellcompare.support.TestFiles.sheets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import org.cellcompare.support.ForkedRun;
import org.cellcompare.support.OpenedWorkbook;
import org.cellcompare.support.TestFiles;

/**
 * The mistakes and accidents of an ordinary month, each run end to end: an odd file name, a
 * folder, a link, a pasted header, a month before the euro, an output folder moved between two
 * tries. None may stop the month or lose a row without a line that says why.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class OrdinaryMistakesTests {

    private static final Pattern RECONCILIATION = Pattern.compile(
            "Rows read \\((\\d+)\\) = ranked \\((\\d+)\\) \\+ left out \\((\\d+)\\) \\+ merged duplicates \\((\\d+)\\)\\.");

    @TempDir
    Path folder;

    Path input;
    Path offerings;
    Path output;
    private InProcessRun command;

    @BeforeEach
    void folders() throws IOException {
        input = folder.resolve("input");
        offerings = Files.createDirectories(input.resolve("offerings"));
        TestFiles.copyTree(Path.of("input/rates"), input.resolve("rates"));
        output = folder.resolve("output");
        command = new InProcessRun(input, output);
    }

    @Tag("forked") // a JVM of its own with a 256 MB heap: ./mvnw verify -Pforked-tests
    @Test
    void readsOrNamesEveryEntryOfTheOfferingsFolder() throws Exception {
        clinics(offerings.resolve("good.csv"), "Good Clinic");
        clinics(offerings.resolve("two\nlines.csv"), "Newline Clinic");
        clinics(offerings.resolve("n".repeat(200) + ".csv"), "Long Name Clinic");
        Files.createFile(offerings.resolve("empty.csv"));
        Files.writeString(offerings.resolve("header-only.csv"), "Provider,Country,Price\n");
        TestFiles.xlsx(offerings.resolve("book.xlsx"), sheets("Blank", List.of(),
                "Clinics", List.of(row("Provider", "Country", "Price"), row("Sheet Clinic", "Mexico", "USD 9,000"))));
        clinics(Files.createDirectories(offerings.resolve("sub")).resolve("inner.csv"), "Sub Folder Clinic");
        Path secret = clinics(Files.createDirectories(folder.resolve("private")).resolve("secret.csv"), "Secret Clinic");
        Files.createSymbolicLink(offerings.resolve("outside.csv"), secret);
        Files.createSymbolicLink(input.resolve("rates/more-rates.csv"), secret);
        Files.createSymbolicLink(Files.createDirectories(input.resolve("registry")).resolve("ctg.csv"), secret);
        Path shared = clinics(Files.createDirectories(input.resolve("shared")).resolve("linked.csv"), "Linked Clinic");
        Files.createSymbolicLink(offerings.resolve("inside.csv"), offerings.relativize(shared));
        Files.createSymbolicLink(offerings.resolve("dangling.csv"), folder.resolve("gone.csv"));
        Files.createSymbolicLink(offerings.resolve("loop-a"), offerings.resolve("loop-b"));
        Files.createSymbolicLink(offerings.resolve("loop-b"), offerings.resolve("loop-a"));
        mkfifo(offerings.resolve("pipe.csv"));

        try (ForkedRun run = ForkedRun.start("256m", "--input=" + input, "--output=" + output, "--month=2026-11")) {
            assertThat(run.exitStatus(180)).as(run.output()).isZero();
            assertThat(run.output()).as("no stack trace without --debug").doesNotContain("Exception", "\tat ");
            assertThat(run.output()).contains("good.csv: 1 rows read", "lines.csv: 1 rows read",
                    "n".repeat(200) + ".csv: 1 rows read", "inside.csv: 1 rows read", "book.xlsx: 1 rows read",
                    "header-only.csv: 0 rows read", "empty.csv: not read", "offerings/sub/: not read",
                    "offerings/outside.csv: not read", "offerings/dangling.csv: not read", "offerings/loop-a: not read",
                    "offerings/loop-b: not read", "offerings/pipe.csv: not read");
        }

        try (OpenedWorkbook book = OpenedWorkbook.open(output.resolve("cellcompare-2026-11.xlsx"))) {
            assertThat(book.table("Commercial clinics")).extracting(r -> r.get("Provider")).containsExactlyInAnyOrder(
                    "Good Clinic", "Newline Clinic", "Long Name Clinic", "Sheet Clinic", "Linked Clinic");
            List<Map<String, String>> problems = book.table("Input problems");
            assertThat(reason(problems, "offerings/outside.csv")).contains("outside the input folder");
            assertThat(reason(problems, "rates/more-rates.csv")).contains("outside the input folder");
            assertThat(reason(problems, "registry/ctg.csv")).contains("outside the input folder");
            assertThat(reason(problems, "offerings/sub/")).contains("folder");
            assertThat(reason(problems, "offerings/dangling.csv")).contains("leads to no file");
            assertThat(reason(problems, "offerings/loop-a")).contains("leads to no file");
            assertThat(reason(problems, "offerings/pipe.csv")).contains("not an ordinary file");
            assertThat(reason(problems, "empty.csv")).contains("empty");
            assertThat(reason(problems, "header-only.csv")).contains("no offerings below it");
            assertThat(problems).anySatisfy(p -> {
                assertThat(p.get("File")).isEqualTo("book.xlsx");
                assertThat(p.get("Sheet")).isEqualTo("Blank");
                assertThat(p.get("Reason")).isEqualTo("The sheet is empty.");
            });
            for (String sheet : book.sheetNames()) {
                assertThat(String.join("\n", book.lines(sheet))).as(sheet).doesNotContain("Secret Clinic", "Sub Folder Clinic");
            }
            assertThat(reconciliation(book)).containsExactly(5, 5, 0, 0);
        }
    }

    @Test
    void readsARowThatRepeatsTheHeaderAsAHeaderWithOneNotePerFile() throws Exception {
        // two exports pasted together, the second with its columns in another order and its own byte-order mark
        Files.writeString(offerings.resolve("pasted.csv"), "Provider,Country,Price\nFirst Clinic,Mexico,USD 9000\n"
                + "Provider,Country,Price\nSecond Clinic,Mexico,USD 9500\n"
                + "\uFEFFPrice,Clinic,Country\nUSD 10000,Third Clinic,Panama\nProvider,Country,Price\n");

        assertThat(run("--month=2026-11")).as(stderr()).isZero();

        try (OpenedWorkbook book = OpenedWorkbook.open(output.resolve("cellcompare-2026-11.xlsx"))) {
            assertThat(book.table("Commercial clinics")).extracting(r -> r.get("Provider") + " in " + r.get("Country"))
                    .containsExactlyInAnyOrder("First Clinic in Mexico", "Second Clinic in Mexico", "Third Clinic in Panama");
            assertThat(book.table("Input problems")).filteredOn(p -> p.get("Outcome").equals("Read as a header"))
                    .singleElement().satisfies(p -> {
                        assertThat(p.get("File")).isEqualTo("pasted.csv");
                        assertThat(p.get("Row")).isEqualTo("3");
                    });
            assertThat(reconciliation(book)).containsExactly(3, 3, 0, 0);
        }
    }

    @Test
    void aMonthBeforeTheEuroSaysTheEcbRatesBeginIn1999() throws Exception {
        clinics(offerings.resolve("good.csv"), "Good Clinic");

        assertThat(run("--month=1998-12")).isEqualTo(ExitCode.USAGE.code());

        assertThat(stderr()).contains("January 1999", "--month=1999-01").doesNotContain("rates folder", "rates/");
        assertThat(stderr().strip().lines()).hasSize(1);
    }

    @Test
    void anUnfinishedRunWhoseOutputFolderWasMovedGoesOnWhereTheUserNowPoints() throws Exception {
        clinics(offerings.resolve("good.csv"), "Good Clinic");
        Path rates = input.resolve("rates");
        Path aside = Files.move(rates, folder.resolve("rates-aside"));
        Files.createDirectories(rates);
        assertThat(run("--month=2026-11")).isEqualTo(ExitCode.RUN_FAILED.code());

        Files.delete(rates);
        Files.move(aside, rates);
        Path moved = Files.move(output, folder.resolve("reports"));
        assertThat(run("--month=2026-11", "--output=" + moved)).as(stderr()).isZero();

        assertThat(moved.resolve("cellcompare-2026-11.xlsx")).exists();
        assertThat(output).as("the old folder is not made again").doesNotExist();
    }

    private static Path clinics(Path file, String provider) throws IOException {
        return Files.writeString(file, "Provider,Country,Price\n" + provider + ",Mexico,USD 9000\n");
    }

    private static void mkfifo(Path file) throws Exception {
        Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).isZero();
    }

    private static String reason(List<Map<String, String>> problems, String file) {
        List<Map<String, String>> lines = problems.stream().filter(p -> p.get("File").equals(file)).toList();
        assertThat(lines).as(file).hasSize(1);
        return lines.get(0).get("Reason");
    }

    /** The Summary's reconciliation, read as numbers: read, ranked, left out, merged. */
    static List<Integer> reconciliation(OpenedWorkbook book) {
        for (String line : book.lines("Summary")) {
            Matcher figures = RECONCILIATION.matcher(line);
            if (figures.find()) {
                List<Integer> numbers = List.of(Integer.valueOf(figures.group(1)), Integer.valueOf(figures.group(2)),
                        Integer.valueOf(figures.group(3)), Integer.valueOf(figures.group(4)));
                assertThat(numbers.get(0)).isEqualTo(numbers.get(1) + numbers.get(2) + numbers.get(3));
                return numbers;
            }
        }
        throw new AssertionError("No reconciliation on the Summary: " + book.lines("Summary"));
    }

    private int run(String... args) {
        return command.run(args);
    }

    private String stderr() {
        return command.stderr();
    }
}
