package org.cellcompare.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the history is held against: the list of finished months and the workbooks beside it. */
class HistoryFilesTests {

    @TempDir
    Path output;

    HistoryFiles history;

    @BeforeEach
    void history() throws Exception {
        Files.createDirectories(output.resolve(".cellcompare"));
        history = HistoryFiles.of(output);
    }

    @Test
    void aNewOutputFolderHasNothingToHoldTheHistoryAgainst() {
        history.checkBeforeOpening();
        history.checkAgainst(List.of());
    }

    @Test
    void passesOverFilesThatAreNotWorkbooksItWrote() throws Exception {
        Files.createFile(output.resolve("cellcompare-2026-13.xlsx"));
        Files.createFile(output.resolve("cellcompare-2026-11 (copy).xlsx"));
        Files.createFile(output.resolve("notes.xlsx"));

        history.checkAgainst(List.of());
    }

    @Test
    void namesEveryMonthWhoseWorkbookTheHistoryDoesNotKnow() throws Exception {
        Files.createFile(output.resolve("cellcompare-2026-09.xlsx"));
        Files.createFile(output.resolve("cellcompare-2026-10.xlsx"));
        Files.createFile(output.resolve("cellcompare-2026-11.xlsx"));

        assertThatThrownBy(() -> history.checkAgainst(List.of(new FinishedMonth(YearMonth.of(2026, 9), 1))))
                .isInstanceOf(DamagedHistoryException.class)
                .hasMessageContaining("does not know the months 2026-10, 2026-11, though their workbooks are in " + output)
                .hasMessageContaining("To start a new history");
    }

    @Test
    void aMonthRunAgainCountsOnlyWithTheRunThatReplacedIt() throws Exception {
        Files.writeString(output.resolve("cellcompare-2026-10.xlsx"), "");
        Files.writeString(output.resolve(".cellcompare/history.mv.db"), "the database's bytes");
        history.keep(List.of(new FinishedMonth(YearMonth.of(2026, 10), 7)), Long.MAX_VALUE);

        assertThatThrownBy(() -> history.checkAgainst(List.of(new FinishedMonth(YearMonth.of(2026, 10), 3))))
                .hasMessageContaining("does not know the month 2026-10, though its list of finished months")
                .hasMessageContaining("rename history-backup.mv.db to history.mv.db");
        history.checkAgainst(List.of(new FinishedMonth(YearMonth.of(2026, 10), 7)));
    }

    @Test
    void aListOfFinishedMonthsThatCannotBeReadSaysToDeleteIt() throws Exception {
        Files.writeString(output.resolve(".cellcompare/finished-months.txt"), "October, I think\n");

        assertThatThrownBy(() -> history.checkAgainst(List.of())).isInstanceOf(DamagedHistoryException.class)
                .hasMessageContaining("finished-months.txt cannot be read").hasMessageContaining("delete it");
    }

    @Test
    void aHistoryARunNeverClosedIsRebuiltFromWhatItShowsBeforeItIsOpenedAgain() throws Exception {
        fillThenEmpty();
        long before = Files.size(output.resolve(".cellcompare/history.mv.db"));

        history.rebuildAfterUncleanEnd("sa", "");
        assertThat(Files.size(output.resolve(".cellcompare/history.mv.db"))).as("closed cleanly: left as it is").isEqualTo(before);

        history.inUse();
        history.rebuildAfterUncleanEnd("sa", "");
        assertThat(Files.size(output.resolve(".cellcompare/history.mv.db"))).isLessThan(before / 2);
        try (Connection connection = DriverManager.getConnection(history.jdbcUrl(), "sa", "")) {
            var kept = connection.createStatement().executeQuery("SELECT COUNT(*) FROM kept");
            assertThat(kept.next()).isTrue();
            assertThat(kept.getInt(1)).as("what the history shows is all there").isEqualTo(1);
        }
        try (var files = Files.list(output.resolve(".cellcompare"))) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("history-rebuild.sql", "history-unclean.mv.db");
        }
    }

    @Test
    void aHistoryLargerThanTheCopiesKeptGetsNoCopyAndLosesAnOlderOne() throws Exception {
        Files.writeString(output.resolve(".cellcompare/history.mv.db"), "small");
        history.keep(List.of(new FinishedMonth(YearMonth.of(2026, 10), 1)), 1024);
        assertThat(output.resolve(".cellcompare/history-backup.mv.db")).exists();

        Files.writeString(output.resolve(".cellcompare/history.mv.db"), "x".repeat(2048));
        history.keep(List.of(new FinishedMonth(YearMonth.of(2026, 10), 1), new FinishedMonth(YearMonth.of(2026, 11), 2)), 1024);

        assertThat(output.resolve(".cellcompare/history-backup.mv.db")).as("a copy that lacks 2026-11 would mislead")
                .doesNotExist();
        assertThat(output.resolve(".cellcompare/finished-months.txt")).hasContent("2026-10 1\n2026-11 2");
    }

    /** A history whose file holds far more than its rows, as one does after a month's staging was dropped. */
    /** A history holding space no query shows, as a run killed while staging leaves it: H2 is told not to compact it on closing. */
    private void fillThenEmpty() throws Exception {
        try (Connection connection = DriverManager.getConnection(history.jdbcUrl() + ";MAX_COMPACT_TIME=0", "sa", "")) {
            Statement statement = connection.createStatement();
            statement.execute("CREATE TABLE kept (id INT)");
            statement.execute("INSERT INTO kept VALUES (1)");
            statement.execute("CREATE TABLE staged AS SELECT X AS id, REPEAT('x', 500) AS text FROM SYSTEM_RANGE(1, 20000)");
            statement.execute("DROP TABLE staged");
        }
    }

    @Test
    void keepsTheCopyAndTheListAndLeavesNoPartsBehind() throws Exception {
        Files.writeString(output.resolve(".cellcompare/history.mv.db"), "the database's bytes");

        history.keep(List.of(new FinishedMonth(YearMonth.of(2026, 10), 1), new FinishedMonth(YearMonth.of(2026, 11), 2)),
                Long.MAX_VALUE);

        assertThat(output.resolve(".cellcompare/history-backup.mv.db")).hasContent("the database's bytes");
        assertThat(output.resolve(".cellcompare/finished-months.txt")).hasContent("2026-10 1\n2026-11 2");
        try (var files = Files.list(output.resolve(".cellcompare"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }
}
