package org.cellcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.cellcompare.support.OpenedWorkbook;
import org.cellcompare.support.TestFiles;

/**
 * A run history that H2 would open at an older state, or as a new one, is noticed before the run
 * changes anything: the run stops with one sentence, and the way back it names works.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DamagedHistoryTests {

    @TempDir
    Path folder;

    Path input;
    Path output;
    Path history;
    Path backup;
    private InProcessRun command;

    @BeforeEach
    void twoMonthsRun() throws Exception {
        input = TestFiles.copySample(folder.resolve("input"));
        output = folder.resolve("output");
        history = output.resolve(".cellcompare/history.mv.db");
        backup = output.resolve(".cellcompare/history-backup.mv.db");
        command = new InProcessRun(input, output);
        assertThat(run("--month=2026-10")).as(stderr()).isZero();
        Files.copy(history, folder.resolve("october.mv.db"));
        assertThat(run("--month=2026-11")).as(stderr()).isZero();
        assertThat(backup).as("the last good copy is kept beside the history").exists();
    }

    @Test
    void aHistoryThatLostItsLastMonthStopsTheRunAndTheLastGoodCopyBringsItBack() throws Exception {
        // what H2 makes of a file cut short: the database as it was some commits ago
        Files.copy(folder.resolve("october.mv.db"), history, StandardCopyOption.REPLACE_EXISTING);

        assertThat(run("--month=2026-11")).isEqualTo(ExitCode.RUN_FAILED.code());
        assertThat(stderr()).contains("does not know the month 2026-11", "its workbook is in " + output,
                "rename history-backup.mv.db to history.mv.db").doesNotContain("Exception");
        assertThat(stderr().strip().lines()).hasSize(1);
        assertThat(run("--month=2026-11", "--rerun")).as("not even asked to").isEqualTo(ExitCode.RUN_FAILED.code());

        Files.move(backup, history, StandardCopyOption.REPLACE_EXISTING);
        assertThat(run("--month=2026-11")).as("the month is known again").isEqualTo(ExitCode.ALREADY_RUN.code());
        assertThat(run("--month=2026-11", "--rerun")).as(stderr()).isZero();
        try (OpenedWorkbook book = OpenedWorkbook.open(output.resolve("cellcompare-2026-11.xlsx"))) {
            assertThat(book.lines("Summary")).anySatisfy(line -> assertThat(line).startsWith("Compared with | 2026-10"));
        }
    }

    @Test
    void aHistoryThatLostAMonthWhoseWorkbookWasMovedAwayIsNoticedByTheListOfFinishedMonths() throws Exception {
        Files.move(output.resolve("cellcompare-2026-11.xlsx"), folder.resolve("sent-to-families.xlsx"));
        Files.copy(folder.resolve("october.mv.db"), history, StandardCopyOption.REPLACE_EXISTING);

        assertThat(run("--month=2026-11")).isEqualTo(ExitCode.RUN_FAILED.code());

        assertThat(stderr()).contains("does not know the month 2026-11", "finished-months.txt");
        assertThat(output.resolve("cellcompare-2026-11.xlsx")).doesNotExist();
    }

    @Test
    void anEmptyHistoryFileIsNamedAndLeftAsItWas() throws Exception {
        Files.write(history, new byte[0]);

        assertThat(run("--month=2026-11", "--rerun")).isEqualTo(ExitCode.RUN_FAILED.code());

        assertThat(stderr()).contains("is empty (0 bytes)", "history-backup.mv.db");
        assertThat(Files.size(history)).as("not made into a new history").isZero();
    }

    @Test
    void aMissingHistoryBesideItsCopyIsNamed() throws Exception {
        Files.delete(history);

        assertThat(run("--month=2026-11", "--rerun")).isEqualTo(ExitCode.RUN_FAILED.code());

        assertThat(stderr()).contains("is missing", "history-backup.mv.db");
        assertThat(history).doesNotExist();
    }

    @Test
    void aHistoryH2CannotOpenIsNamed() throws Exception {
        try (RandomAccessFile file = new RandomAccessFile(history.toFile(), "rw")) {
            file.write(new byte[8192]);
        }

        assertThat(run("--month=2026-11", "--rerun")).isEqualTo(ExitCode.RUN_FAILED.code());

        assertThat(stderr()).contains("is damaged and cannot be opened", "history-backup.mv.db").doesNotContain("[900");
        assertThat(stderr().strip().lines()).hasSize(1);
    }

    /**
     * A history cut short, as a full disk or an interrupted copy leaves it. H2 opens what is left
     * at an older state, or cannot open it, or, when the cut spared the newest part, finds every
     * month still there: which one depends on where H2 wrote last. Whichever it is, the run never
     * goes on with a month forgotten, and the copy it names brings the months back.
     */
    @ParameterizedTest
    @ValueSource(ints = {30, 60, 90})
    void aHistoryCutShortNeverRunsWithAMonthForgotten(int percentKept) throws Exception {
        try (FileChannel file = FileChannel.open(history, StandardOpenOption.WRITE)) {
            file.truncate(file.size() * percentKept / 100);
        }

        int status = run("--month=2026-11");

        assertThat(status).as(stderr()).isIn(ExitCode.RUN_FAILED.code(), ExitCode.ALREADY_RUN.code());
        if (status == ExitCode.RUN_FAILED.code()) {
            assertThat(stderr()).contains("history-backup.mv.db").doesNotContain("Exception");
            assertThat(stderr().strip().lines()).hasSize(1);
            Files.move(backup, history, StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(run("--month=2026-12")).as(stderr()).isZero();
        try (OpenedWorkbook book = OpenedWorkbook.open(output.resolve("cellcompare-2026-12.xlsx"))) {
            assertThat(book.lines("Summary")).anySatisfy(line -> assertThat(line).startsWith("Compared with | 2026-11"));
        }
    }

    private int run(String... args) {
        return command.run(args);
    }

    private String stderr() {
        return command.stderr();
    }
}
