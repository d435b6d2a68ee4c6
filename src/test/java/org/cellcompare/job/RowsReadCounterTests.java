package org.cellcompare.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.cellcompare.ingest.InputProblem;
import org.cellcompare.ingest.RawRow;
import org.cellcompare.ingest.SheetItem;
import org.cellcompare.ingest.SheetNote;
import org.cellcompare.support.TestDatabase;

/**
 * The rows read that the reconciliation checks, and the position that tags what a chunk stages,
 * as a file's step goes through its chunks, first time and after a kill.
 */
class RowsReadCounterTests {

    private static final long RUN = 5;
    private static final String FILE = "clinics.csv";
    private static final String POSITION = "offeringRowReader.read.count";
    private static final String ROWS = "offeringRowReader.rows";

    private final JdbcTemplate jdbc = TestDatabase.create();
    private final IngestProgress progress = new IngestProgress(3600);

    @Test
    void eachChunkRecordsTheRowsReadSoFarWithinItsOwnTransaction() {
        StepExecution step = step(new ExecutionContext());
        RowsReadCounter counter = new RowsReadCounter(RUN, FILE, jdbc, progress);
        counter.beforeStep(step);

        chunk(counter, step, List.of(row(2), note(), row(3)));
        assertThat(tallies()).containsExactly("clinics.csv 2");
        chunk(counter, step, List.of(row(4)));
        assertThat(tallies()).as("a kill now, with the step saved as completed, loses nothing").containsExactly("clinics.csv 3");
        counter.afterStep(step);

        assertThat(tallies()).containsExactly("clinics.csv 3");
    }

    @Test
    void aFileWithNoRowsStillHasItsLine() {
        StepExecution step = step(new ExecutionContext());
        RowsReadCounter counter = new RowsReadCounter(RUN, FILE, jdbc, progress);
        counter.beforeStep(step);

        chunk(counter, step, List.of(note()));
        counter.afterStep(step);

        assertThat(tallies()).containsExactly("clinics.csv 0");
    }

    @Test
    void eachChunkIsTaggedWithThePositionItsFirstReadFoundCommitted() {
        StepExecution step = step(new ExecutionContext());
        RowsReadCounter counter = new RowsReadCounter(RUN, FILE, jdbc, progress);
        counter.beforeStep(step);
        List<Long> tags = new ArrayList<>();

        counter.beforeRead();
        step.getExecutionContext().putInt(POSITION, 1);
        counter.beforeRead();
        tags.add(counter.readFrom());
        counter.afterChunk(new Chunk<>());
        step.getExecutionContext().putInt(POSITION, 200);
        counter.beforeRead();
        tags.add(counter.readFrom());
        counter.onChunkError(new IllegalStateException("rolled back"), new Chunk<>());
        counter.beforeRead();
        tags.add(counter.readFrom());

        assertThat(tags).containsExactly(0L, 200L, 200L);
    }

    @Test
    void aResumedFileRecordsWhatItsReaderCommittedNotWhatTheKillLeftInTheTable() {
        ExecutionContext committed = new ExecutionContext();
        RowsReadCounter first = new RowsReadCounter(RUN, FILE, jdbc, progress);
        StepExecution before = step(committed);
        first.beforeStep(before);
        chunk(first, before, List.of(row(2), row(3)));
        // a later chunk's tally that the database kept without its commit
        jdbc.update("UPDATE cc_file_read SET rows_read = 99 WHERE run_id = ? AND file = ?", RUN, FILE);

        StepExecution resumed = step(new ExecutionContext(committed));
        RowsReadCounter again = new RowsReadCounter(RUN, FILE, jdbc, progress);
        again.beforeStep(resumed);
        chunk(again, resumed, List.of(row(4)));
        again.afterStep(resumed);

        assertThat(tallies()).containsExactly("clinics.csv 3");
    }

    /**
     * What Spring Batch does with a chunk: read each item, write, then commit the reader's position
     * and the rows it handed on, as OfferingRowReader keeps them.
     */
    private void chunk(RowsReadCounter counter, StepExecution step, List<SheetItem> items) {
        for (SheetItem item : items) {
            counter.beforeRead();
            counter.afterRead(item);
        }
        counter.afterChunk(new Chunk<>());
        ExecutionContext context = step.getExecutionContext();
        context.putInt(POSITION, context.getInt(POSITION, 0) + items.size());
        context.putLong(ROWS, context.getLong(ROWS, 0L) + items.stream().filter(RawRow.class::isInstance).count());
    }

    private static StepExecution step(ExecutionContext context) {
        StepExecution step = new StepExecution("ingestFileStep:file:" + FILE,
                new JobExecution(1, new JobInstance(RUN, CellCompareJobConfiguration.JOB_NAME), new JobParameters()));
        step.setExecutionContext(context);
        return step;
    }

    private static RawRow row(int row) {
        return new RawRow(FILE, null, row, Map.of(), Map.of());
    }

    private static SheetNote note() {
        return new SheetNote(InputProblem.forFile(FILE, "A column CellCompare does not use.", null));
    }

    private List<String> tallies() {
        return jdbc.queryForList("SELECT file || ' ' || rows_read FROM cc_file_read WHERE run_id = ?",
                String.class, RUN);
    }
}
