package org.cellcompare.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.verify;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import org.cellcompare.job.MonthlyRun.Outcome;
import org.cellcompare.job.MonthlyRun.Request;
import org.cellcompare.job.MonthlyRun.Status;
import org.cellcompare.rank.OfferingStore;
import org.cellcompare.rank.StagedOffering;
import org.cellcompare.report.WorkbookOutput;
import org.cellcompare.support.SampleRunFolders;

/**
 * What the run does when something beneath it goes wrong: a row lost on the way to staging, a chunk
 * the database refuses, a disk that fills while the workbook or the web page is written. Each way it
 * fails with one sentence and leaves no workbook or page, whole or partial, for a family to open.
 */
@SpringBootTest
class RunSafetyTests {

    @TempDir
    static Path folder;

    @Autowired
    MonthlyRun monthlyRun;

    @Autowired
    JdbcTemplate jdbc;

    @MockitoSpyBean
    OfferingStore offeringStore;

    @MockitoBean
    WorkbookOutput workbookOutput;

    Path input;
    Path output;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        SampleRunFolders.historyDatabase(registry, folder);
    }

    @BeforeEach
    void copySample() throws Exception {
        SampleRunFolders run = SampleRunFolders.in(folder);
        input = run.input();
        output = run.output();
    }

    @Test
    void aRowLostBeforeRankingFailsTheRunInsteadOfWritingAWrongWorkbook() throws Exception {
        OfferingStore realStore = new OfferingStore(jdbc);
        AtomicBoolean lost = new AtomicBoolean();
        willAnswer(call -> {
            List<StagedOffering> staged = call.getArgument(2);
            boolean dropOne = !staged.isEmpty() && lost.compareAndSet(false, true);
            realStore.stage(call.getArgument(0), (int) call.getArgument(1), dropOne ? staged.subList(1, staged.size()) : staged);
            return null;
        }).given(offeringStore).stage(anyLong(), anyInt(), any());

        Outcome outcome = monthlyRun.run(new Request(YearMonth.parse("2025-10"), input, output, "USD", "en", false));

        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        // the staged rows are counted where they lie, so the reader's count exposes the one that never got there
        assertThat(outcome.message()).startsWith("The rows do not add up, so no workbook was written:")
                .containsPattern("\\.(csv|xlsx|xls) read (\\d+) but ranked (\\d+), left out");
        assertThat(everyFile(output)).noneMatch(name -> name.endsWith(".xlsx") || name.endsWith(".part"));
    }

    @Test
    void aChunkThatCannotBeStagedStopsTheRunAndNamesItsFileInsteadOfSkippingItsRows() throws Exception {
        AtomicBoolean failed = new AtomicBoolean();
        willAnswer(call -> {
            List<StagedOffering> staged = call.getArgument(2);
            if (staged.stream().anyMatch(s -> s.offering().file().equals("latam-europa.csv")) && failed.compareAndSet(false, true)) {
                throw new IllegalStateException("a write that failed for this chunk alone");
            }
            return call.callRealMethod();
        }).given(offeringStore).stage(anyLong(), anyInt(), any());
        given(workbookOutput.open(any())).willAnswer(call -> Files.newOutputStream(call.getArgument(0)));

        Outcome outcome = monthlyRun.run(new Request(YearMonth.parse("2025-09"), input, output, "USD", "en", false));

        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        assertThat(outcome.message()).contains("The offerings read from latam-europa.csv could not be stored",
                "a write that failed for this chunk alone", "run the same command again");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cc_input_problem WHERE file = 'latam-europa.csv'"
                + " AND outcome = 'ROW_LEFT_OUT'", Long.class)).as("no row reported as bad input").isZero();
        assertThat(everyFile(output)).noneMatch(name -> name.endsWith(".xlsx") || name.endsWith(".part"));

        Outcome resumed = monthlyRun.run(new Request(YearMonth.parse("2025-09"), input, output, "USD", "en", false));
        assertThat(resumed.status()).as(resumed.message()).isEqualTo(Status.WRITTEN);
    }

    @Test
    void aDiskThatFillsWhileWritingLeavesNoWorkbookAndSaysWhatToDo() throws Exception {
        given(workbookOutput.open(any())).willAnswer(call -> new FilledDisk(Files.newOutputStream(call.getArgument(0)), 8 * 1024));

        Outcome outcome = monthlyRun.run(new Request(YearMonth.parse("2025-11"), input, output, "USD", "en", false));

        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        assertThat(outcome.message()).contains("The workbook could not be written", "No space left on device",
                "free some space, then run the same command again");
        assertThat(outcome.message().lines()).hasSize(1);
        assertThat(everyFile(output)).noneMatch(name -> name.endsWith(".xlsx") || name.endsWith(".part"));
    }

    @Test
    void aDiskThatFillsWhileWritingTheWebPageLeavesNeitherTheWorkbookNorThePage() throws Exception {
        given(workbookOutput.open(any())).willAnswer(call -> {
            Path file = call.getArgument(0);
            OutputStream out = Files.newOutputStream(file);
            return file.getFileName().toString().endsWith(".html.part") ? new FilledDisk(out, 8 * 1024) : out;
        });

        Outcome outcome = monthlyRun.run(new Request(YearMonth.parse("2025-11"), input, output, "USD", "en", false));

        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        assertThat(outcome.message()).contains("cellcompare-2025-11.html", "No space left on device",
                "free some space, then run the same command again");
        assertThat(everyFile(output)).noneMatch(name -> name.endsWith(".xlsx") || name.endsWith(".html")
                || name.endsWith(".part"));
    }

    @Test
    void aWorkbookThatFailsAsItIsClosedTakesThePageWrittenBesideItAway() throws Exception {
        given(workbookOutput.open(any())).willAnswer(call -> {
            Path file = call.getArgument(0);
            OutputStream out = Files.newOutputStream(file);
            return file.getFileName().toString().endsWith(".xlsx.part") ? new FailsOnClose(out) : out;
        });

        Outcome outcome = monthlyRun.run(new Request(YearMonth.parse("2025-11"), input, output, "USD", "en", false));

        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        assertThat(outcome.message()).contains("The workbook could not be written", "No space left on device");
        verify(workbookOutput).open(argThat(file -> file.getFileName().toString().endsWith(".html.part")));
        assertThat(everyFile(output)).as("the page, begun before the workbook was closed, is gone too")
                .noneMatch(name -> name.endsWith(".xlsx") || name.endsWith(".html") || name.endsWith(".part"));
    }

    private static List<String> everyFile(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
        }
    }

    /** A file whose last bytes find the disk full as it is closed, as a quota or a network disk reports it. */
    private static final class FailsOnClose extends FilterOutputStream {

        FailsOnClose(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.close();
            throw new IOException("No space left on device");
        }
    }

    /** A disk with room for a few bytes more, as the operating system reports it when full. */
    private static final class FilledDisk extends FilterOutputStream {

        private long room;

        FilledDisk(OutputStream out, long room) {
            super(out);
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            if (--room < 0) {
                throw new IOException("No space left on device");
            }
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > room) {
                throw new IOException("No space left on device");
            }
            room -= len;
            out.write(b, off, len);
        }
    }
}
