package org.cellcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user sees for command-line mistakes: one clear sentence and the documented exit status, before anything starts. */
class CommandLineTests {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void helpListsTheOptions() {
        int status = run("--help");

        assertThat(status).isZero();
        assertThat(stdout()).contains("--month=YYYY-MM", "--input=DIR", "--output=DIR", "--currency=ISO", "--rerun",
                "Exit status");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertOneSentence(run("--colour=blue"), ExitCode.USAGE, "Unknown option '--colour'");
    }

    @Test
    void malformedMonthIsAUsageError() {
        assertOneSentence(run("--month=2026-13"), ExitCode.USAGE, "Malformed month '2026-13'");
        assertOneSentence(run("--month=Nov 2026"), ExitCode.USAGE, "Malformed month");
    }

    @Test
    void futureMonthIsAUsageError() {
        assertOneSentence(run("--month=2999-01"), ExitCode.USAGE, "has not begun yet");
    }

    @Test
    void unknownCurrencyIsAUsageError() {
        assertOneSentence(run("--currency=XYZ"), ExitCode.USAGE, "Unknown currency 'XYZ'");
    }

    @Test
    void missingInputFolderIsAFolderError() {
        assertOneSentence(run("--input=" + folder.resolve("nowhere"), "--output=" + folder.resolve("out")), ExitCode.FOLDER,
                "does not exist");
    }

    @Test
    void inputThatIsAFileIsAFolderError() throws Exception {
        Files.writeString(folder.resolve("offerings.csv"), "Provider,Country\n");

        assertOneSentence(run("--input=" + folder.resolve("offerings.csv"), "--output=" + folder.resolve("out")),
                ExitCode.FOLDER, "is a file, not a folder");
    }

    @Test
    void inputWithoutOfferingsFolderIsAFolderError() throws Exception {
        Files.createDirectories(folder.resolve("input"));

        assertOneSentence(run("--input=" + folder.resolve("input"), "--output=" + folder.resolve("out")), ExitCode.FOLDER,
                "has no offerings/ folder");
    }

    @Test
    void outputThatIsAFileIsAFolderError() throws Exception {
        Files.createDirectories(folder.resolve("input/offerings"));
        Files.writeString(folder.resolve("out"), "not a folder");

        assertOneSentence(run("--input=" + folder.resolve("input"), "--output=" + folder.resolve("out")), ExitCode.FOLDER,
                "cannot be created");
    }

    @Test
    void aFlagWithAValueIsAUsageError() {
        assertOneSentence(run("--rerun=yes"), ExitCode.USAGE, "takes no value");
    }

    private int run(String... args) {
        return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private void assertOneSentence(int status, ExitCode expected, String fragment) {
        assertThat(status).isEqualTo(expected.code());
        String message = stderr();
        assertThat(message).contains(fragment);
        assertThat(message.strip().lines()).as("one line, no stack trace").hasSize(1);
        err.reset();
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
