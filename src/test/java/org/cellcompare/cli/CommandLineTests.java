package org.cellcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
        assertOneSentence(run("--colour=blue"), ExitCode.USAGE, "Unknown option '--colour'; run with --help to see the options.");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "--monht=2026-11       | Unknown option '--monht'; did you mean --month=2026-11?",
            "--monht               | Unknown option '--monht'; did you mean --month=2026-11?",
            "--Month=2026-10       | Unknown option '--Month'; did you mean --month=2026-10?",
            "--ouput=out           | Unknown option '--ouput'; did you mean --output=out?",
            "--curency=EUR         | Unknown option '--curency'; did you mean --currency=EUR?",
            "--update-rate         | Unknown option '--update-rate'; did you mean --update-rates?",
            "--updateregistry      | Unknown option '--updateregistry'; did you mean --update-registry?",
            "--rerum               | Unknown option '--rerum'; did you mean --rerun?",
            "--templte=t.xlsx      | Unknown option '--templte'; did you mean --template=t.xlsx?",
            "-month=2026-11        | Unknown argument '-month=2026-11'; options start with --: did you mean --month=2026-11?",
            "rerun                 | Unknown argument 'rerun'; options start with --: did you mean --rerun?",
            "2026-11               | Unknown argument '2026-11'; options start with --: did you mean --month=2026-11?",
    })
    void anUnknownOptionSuggestsTheClosestOne(String typed, String sentence) {
        assertOneSentence(run(typed), ExitCode.USAGE, sentence);
    }

    @Test
    void aWordFarFromEveryOptionSuggestsNone() {
        assertOneSentence(run("--colour=blue"), ExitCode.USAGE, "run with --help");
        assertThat(Options.closest("verbose")).isEmpty();
        assertThat(Options.closest("in")).isEmpty();
    }

    @Test
    void malformedMonthIsAUsageError() {
        assertOneSentence(run("--month=Nov 2026"), ExitCode.USAGE, "Malformed month 'Nov 2026': write it as YYYY-MM");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "2026-13  | There is no month 13 in '2026-13': months run from 01 to 12, e.g. --month=2026-12.",
            "2026-00  | There is no month 00 in '2026-00': months run from 01 to 12, e.g. --month=2026-01.",
            "2026-1   | Malformed month '2026-1': write the month with two digits, --month=2026-01.",
    })
    void aMonthThatDoesNotExistSaysWhy(String month, String sentence) {
        assertOneSentence(run("--month=" + month), ExitCode.USAGE, sentence);
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
                "cannot be created: " + folder.resolve("out") + " is a file, not a folder; choose another --output.");
        assertOneSentence(run("--input=" + folder.resolve("input"), "--output=" + folder.resolve("out/month")), ExitCode.FOLDER,
                "cannot be created: " + folder.resolve("out") + " is a file, not a folder; choose another --output.");
    }

    @Test
    void outputInASystemFolderSaysItIsReadOnly() throws Exception {
        Path proc = Path.of("/proc");
        assumeTrue(Files.isDirectory(proc) && "proc".equals(Files.getFileStore(proc).type()), "Linux's /proc");
        Files.createDirectories(folder.resolve("input/offerings"));

        assertOneSentence(run("--input=" + folder.resolve("input"), "--output=/proc/x"), ExitCode.FOLDER,
                "The output folder /proc/x cannot be created: /proc is read-only (it belongs to root, r-xr-xr-x);"
                        + " choose another --output.");
    }

    @Test
    void inputUnderAFileSaysWhichPartIsAFile() throws Exception {
        Files.writeString(folder.resolve("input"), "not a folder");

        assertOneSentence(run("--input=" + folder.resolve("input/month"), "--output=" + folder.resolve("out")), ExitCode.FOLDER,
                "does not exist: " + folder.resolve("input") + " is a file, not a folder;");
    }

    @Test
    void inputWhoseOfferingsIsAFileSaysSo() throws Exception {
        Files.createDirectories(folder.resolve("input"));
        Files.writeString(folder.resolve("input/offerings"), "not a folder");

        assertOneSentence(run("--input=" + folder.resolve("input"), "--output=" + folder.resolve("out")), ExitCode.FOLDER,
                "has a file named offerings, not a folder");
    }

    @Test
    void folderReasonsTellReadOnlyFromPermissionDenied() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path readOnly = Files.createDirectory(folder.resolve("read-only"));
        Path private_ = Files.createDirectory(folder.resolve("private"));
        Files.setPosixFilePermissions(private_, PosixFilePermissions.fromString("rwx------"));
        String owner = Files.getOwner(readOnly).getName();
        try {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));

            assertThat(FolderReasons.whyNotWritable(readOnly.resolve("out"), null))
                    .isEqualTo(readOnly + " is read-only (it belongs to " + owner + ", r-xr-xr-x)");
            assertThat(FolderReasons.whyNotWritable(private_.resolve("out"), new AccessDeniedException(private_.toString())))
                    .isEqualTo("permission is denied: the user " + System.getProperty("user.name") + " may not write in " + private_
                            + " (it belongs to " + owner + ", rwx------)");
            assertThat(FolderReasons.whyNotWritable(folder.resolve("new/out"), new FileSystemException(folder.toString(), null,
                    "Read-only file system"))).isEqualTo(folder + " is on a read-only disk or file system");
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
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
