package org.cellcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import org.cellcompare.support.ForkedRun;
import org.cellcompare.support.GeneratedOfferings;
import org.cellcompare.support.TestFiles;

/**
 * When a run must stop for want of memory or disk, it stops within a time limit and says which,
 * and what to do; and whatever way it ends, its temporary files are its own and are gone.
 */
@Tag("crash") // a JVM of its own per test, killed or starved: ./mvnw verify -Pforked-tests
class RunStopsTests {

    @TempDir
    Path folder;

    @Test
    void tooLittleMemoryStopsTheRunWithASentenceThatAsksForMoreNeverAHang() throws Exception {
        Path input = TestFiles.copySample(folder.resolve("input"));
        GeneratedOfferings.csv(input.resolve("offerings/generated.csv"), 30_000, 7);

        // no -XX:+ExitOnOutOfMemoryError: the run itself must notice
        try (ForkedRun run = ForkedRun.startWith(List.of(), List.of("-Xmx32m"),
                "--input=" + input, "--output=" + folder.resolve("output"), "--month=2026-11")) {
            assertThat(run.exitStatus(300)).as(run.output()).isEqualTo(ExitCode.RUN_FAILED.code());
            String last = lastLine(run.output());
            assertThat(last).startsWith("Not enough memory").contains("-Xmx1g").doesNotContain("same command");
            assertThat(run.output()).doesNotContain("\tat ");
        }
    }

    /**
     * The disk fills as the history is first written (64 KB); as the month's offerings are staged
     * in it (144 KB, in some runs as the workbook is saved); or as the workbook and the web page
     * are saved (400 KB).
     */
    @ParameterizedTest
    @ValueSource(strings = {"64k", "144k", "400k"})
    void aFullDiskStopsTheRunWithASentenceThatSaysSo(String size) throws Exception {
        assumeTrue(canMountPrivateDisks(), "needs unshare -rm (a user and mount namespace) to make a small disk");
        Path input = TestFiles.copySample(folder.resolve("input"));
        Path small = Files.createDirectories(folder.resolve("small-disk"));

        // a small disk of the run's own, seen by it alone
        try (ForkedRun run = ForkedRun.startWith(List.of("unshare", "-rm", "sh", "-c",
                        "mount -t tmpfs -o size=" + size + " none \"$0\" && exec \"$@\"", small.toString()), List.of("-Xmx256m"),
                "--input=" + input, "--output=" + small, "--month=2026-11")) {
            assertThat(run.exitStatus(180)).as(run.output()).isEqualTo(ExitCode.RUN_FAILED.code());
            // "The disk is full: ... Free some space", or, when the disk fills as the workbook is
            // saved, "The workbook could not be written to ... (No space left on device); ... free some space"
            assertThat(lastLine(run.output())).contains(small.toString()).containsIgnoringCase("free some space")
                    .containsAnyOf("The disk is full", "No space left on device");
            assertThat(run.output()).doesNotContain("\tat ", "[900");
        }
    }

    @Test
    void temporaryFilesStayInTheRunsOwnFolderAndLeftoversOfAKilledRunAreRemoved() throws Exception {
        Path input = TestFiles.copySample(folder.resolve("input"));
        Path output = folder.resolve("output");
        Path leftover = Files.createDirectories(output.resolve(".cellcompare/tmp")).resolve("poi-sxssf-sheet123.xml");
        Files.writeString(leftover, "what a run killed while writing left behind");
        // a temporary folder nobody can use, as /tmp/poifiles is for a second user of the machine
        Path unusable = Files.writeString(folder.resolve("not-a-folder"), "");

        try (ForkedRun run = ForkedRun.startWith(List.of(), List.of("-Xmx256m", "-Djava.io.tmpdir=" + unusable),
                "--input=" + input, "--output=" + output, "--month=2026-11")) {
            assertThat(run.exitStatus(180)).as(run.output()).isZero();
        }

        assertThat(output.resolve("cellcompare-2026-11.xlsx")).exists();
        assertThat(files(output.resolve(".cellcompare/tmp"))).isEmpty();
    }

    @Test
    void aRunStoppedWhileWritingTheWorkbookLeavesNoTemporaryFiles() throws Exception {
        Path input = TestFiles.copySample(folder.resolve("input"));
        GeneratedOfferings.csv(input.resolve("offerings/generated.csv"), 60_000, 11);
        Path output = folder.resolve("output");

        try (ForkedRun run = ForkedRun.start("512m", "--input=" + input, "--output=" + output, "--month=2026-11")) {
            assertThat(run.awaitLine(line -> line.contains("Writing the workbook"), 300)).as(run.output()).isTrue();
            run.stop();
            assertThat(run.output()).as("stopped before it finished").doesNotContain("Workbook written");
        }

        assertThat(files(output.resolve(".cellcompare/tmp"))).isEmpty();
        assertThat(files(output)).noneMatch(name -> name.endsWith(".xlsx") || name.endsWith(".part"));
    }

    private static String lastLine(String output) {
        List<String> lines = output.strip().lines().toList();
        return lines.get(lines.size() - 1);
    }

    private static List<String> files(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith("history") && !name.equals("run.lock")
                            && !name.equals("finished-months.txt"))
                    .toList();
        }
    }

    private static boolean canMountPrivateDisks() {
        try {
            Process probe = new ProcessBuilder("unshare", "-rm", "sh", "-c", "mount -t tmpfs none /mnt").start();
            return probe.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
