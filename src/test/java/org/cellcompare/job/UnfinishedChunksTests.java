package org.cellcompare.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.willAnswer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import org.cellcompare.ingest.InputProblem;
import org.cellcompare.ingest.InputProblemStore;
import org.cellcompare.job.MonthlyRun.Outcome;
import org.cellcompare.job.MonthlyRun.Request;
import org.cellcompare.job.MonthlyRun.Status;
import org.cellcompare.rank.OfferingStore;
import org.cellcompare.rank.OfferingTable;
import org.cellcompare.rank.StagedOffering;
import org.cellcompare.support.GeneratedOfferings;
import org.cellcompare.support.OpenedWorkbook;
import org.cellcompare.support.SampleRunFolders;

/**
 * A run stopped while a chunk was being staged, leaving in the database what H2 has been seen to
 * keep of an uncommitted chunk after a SIGKILL: its first offerings, a ranked row without its
 * offering, an input problem. Run again, it resumes and writes the workbook a clean run writes.
 * The leftovers are committed in a transaction of their own here, so that the test does not depend
 * on catching H2's background writer at the right moment.
 */
@SpringBootTest(properties = "cellcompare.ingest.chunk-size=200")
class UnfinishedChunksTests {

    private static final String LARGE_FILE = "generated.csv";
    private static final String LEFTOVER_REASON = "A problem found by a chunk that never committed.";

    @TempDir
    static Path folder;

    @Autowired
    MonthlyRun monthlyRun;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    InputProblemStore problemStore;

    @MockitoSpyBean
    OfferingStore offeringStore;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        SampleRunFolders.historyDatabase(registry, folder);
    }

    @Test
    void aResumedRunDropsWhatAChunkLeftWithoutCommittingAndMatchesACleanRun() throws Exception {
        SampleRunFolders run = SampleRunFolders.in(folder);
        GeneratedOfferings.csv(run.input().resolve("offerings").resolve(LARGE_FILE), 1_000, 7);
        AtomicBoolean stopped = new AtomicBoolean();
        OfferingStore realStore = new OfferingStore(jdbc);
        willAnswer(call -> {
            long runId = call.getArgument(0);
            long readFrom = call.getArgument(1);
            List<StagedOffering> staged = call.getArgument(2);
            if (readFrom >= 400 && staged.get(0).offering().file().equals(LARGE_FILE) && stopped.compareAndSet(false, true)) {
                leaveWhatAKillLeaves(runId, readFrom, staged);
                throw new DataAccessResourceFailureException("the process was killed");
            }
            realStore.insert(runId, readFrom, staged);
            return null;
        }).given(offeringStore).insert(anyLong(), anyLong(), any());
        Request request = new Request(YearMonth.parse("2026-03"), run.input(), run.output(), "USD", "en", false);

        Outcome failed = monthlyRun.run(request);
        assertThat(failed.status()).as(failed.message()).isEqualTo(Status.FAILED);
        assertThat(stopped).isTrue();

        Outcome resumed = monthlyRun.run(request);
        assertThat(resumed.status()).as(resumed.message()).isEqualTo(Status.WRITTEN);
        Path afterStop = Files.copy(resumed.workbook(), folder.resolve("after-stop.xlsx"));

        Outcome clean = monthlyRun.run(new Request(request.month(), run.input(), run.output(), "USD", "en", true));
        assertThat(clean.status()).as(clean.message()).isEqualTo(Status.WRITTEN);

        try (OpenedWorkbook resumedBook = OpenedWorkbook.open(afterStop);
             OpenedWorkbook cleanBook = OpenedWorkbook.open(clean.workbook())) {
            assertThat(resumedBook.sheetNames()).isEqualTo(cleanBook.sheetNames());
            for (String sheet : cleanBook.sheetNames()) {
                // the clean run is a re-run of the month, and its Summary says so
                assertThat(resumedBook.lines(sheet)).as(sheet).isEqualTo(cleanBook.lines(sheet).stream()
                        .filter(line -> !line.startsWith("This run of 2026-03 replaces an earlier run")).toList());
            }
            assertThat(String.join("\n", resumedBook.lines("Input problems"))).doesNotContain(LEFTOVER_REASON);
        }
    }

    /**
     * Commits, apart from the chunk, its first two offerings, the ranked row of a third without its
     * offering row, and one of its input problems.
     */
    private void leaveWhatAKillLeaves(long runId, long readFrom, List<StagedOffering> staged) {
        TransactionTemplate apart = new TransactionTemplate(transactions);
        apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        apart.executeWithoutResult(status -> {
            new OfferingStore(jdbc).insert(runId, readFrom, staged.subList(0, 3));
            jdbc.update("DELETE FROM " + OfferingTable.name(runId) + " WHERE id = (SELECT MAX(id) FROM "
                    + OfferingTable.name(runId) + " WHERE file = ? AND read_from = ?)", LARGE_FILE, readFrom);
            problemStore.save(runId, readFrom, List.of(new InputProblem(LARGE_FILE, null, 2, "Price", "?", LEFTOVER_REASON,
                    "Nothing.", InputProblem.Outcome.ROW_LEFT_OUT)));
        });
    }
}
