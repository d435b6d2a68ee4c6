package org.cellcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.cellcompare.support.ForkedRun;
import org.cellcompare.support.GeneratedOfferings;
import org.cellcompare.support.OpenedWorkbook;
import org.cellcompare.support.TestFiles;

/**
 * A run killed with SIGKILL while it reads a large file, then started again with the same
 * command: it resumes, and its workbook says exactly what a run that was never interrupted says.
 */
@Tag("crash") // a JVM of its own per test, killed or starved: ./mvnw verify -Pforked-tests
class CrashRecoveryTests {

    private static final int GENERATED_ROWS = 15_000;
    private static final int SAMPLE_ROWS = 44;

    @TempDir
    Path folder;

    @Test
    void aRunKilledDuringIngestionResumesToTheSameWorkbookAsACleanRun() throws Exception {
        Path input = TestFiles.copySample(folder.resolve("input"));
        GeneratedOfferings.csv(input.resolve("offerings/generated.csv"), GENERATED_ROWS, 42);
        Path crashed = folder.resolve("crashed");
        Path clean = folder.resolve("clean");
        // a progress line after every chunk tells the test the moment the large file is half-way read
        String[] args = {"--input=" + input, "--output=" + crashed, "--month=2026-11",
                "--cellcompare.ingest.chunk-size=200", "--cellcompare.ingest.progress-seconds=0"};

        try (ForkedRun first = ForkedRun.start("512m", args)) {
            assertThat(first.awaitLine(line -> line.contains("Reading offerings:")
                    && line.matches(".*reading .*generated\\.csv 2,\\d{3}.*"), 240))
                    .as(first.output()).isTrue();

            assertSecondRunIsTurnedAway(args);

            first.kill();
            assertThat(first.output()).doesNotContain("Workbook written");
        }
        assertThat(visibleFiles(crashed)).as("nothing half-written is visible").isEmpty();

        try (ForkedRun resumed = ForkedRun.start("512m", args)) {
            assertThat(resumed.exitStatus(300)).as(resumed.output()).isZero();
            assertThat(resumed.output()).contains("did not finish", "resuming");
        }
        try (ForkedRun uninterrupted = ForkedRun.start("512m", "--input=" + input, "--output=" + clean, "--month=2026-11")) {
            assertThat(uninterrupted.exitStatus(300)).as(uninterrupted.output()).isZero();
        }

        try (OpenedWorkbook afterCrash = OpenedWorkbook.open(crashed.resolve("cellcompare-2026-11.xlsx"));
             OpenedWorkbook reference = OpenedWorkbook.open(clean.resolve("cellcompare-2026-11.xlsx"))) {
            assertThat(afterCrash.sheetNames()).isEqualTo(reference.sheetNames());
            for (String sheet : reference.sheetNames()) {
                assertThat(afterCrash.lines(sheet)).as(sheet).isEqualTo(reference.lines(sheet));
            }
            String rowsRead = String.format(Locale.ROOT, "Rows read (%,d) =", GENERATED_ROWS + SAMPLE_ROWS);
            assertThat(reference.lines("Summary")).anySatisfy(line -> assertThat(line).startsWith(rowsRead));
        }
    }

    private static void assertSecondRunIsTurnedAway(String[] args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new CommandLine(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);

        assertThat(status).isEqualTo(ExitCode.BUSY.code());
        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(message).contains("Another CellCompare run is using");
        assertThat(message.strip().lines()).hasSize(1);
    }

    private static List<String> visibleFiles(Path output) throws IOException {
        try (Stream<Path> files = Files.list(output)) {
            return files.map(p -> p.getFileName().toString()).filter(name -> !name.startsWith(".")).toList();
        }
    }
}
