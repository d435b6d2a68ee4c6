package org.cellcompare.job;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.cellcompare.ingest.OfferingRowReader;
import org.cellcompare.ingest.RawRow;
import org.cellcompare.ingest.SheetItem;

/**
 * Counts the data rows read from a file and the offerings handed to staging. Rows left out are
 * counted by Input problems and merges by ranking, so the end-of-run reconciliation checks tallies
 * kept by different parts of the job. It also tells {@link IngestProgress} how far the file has got.
 *
 * <p>The tallies live in the step's execution context until the file is done: they commit in the
 * same row as the reader's position, so a run killed and resumed counts exactly the rows it does
 * not read again, whatever part of an uncommitted chunk the database kept.
 */
class RowsReadCounter implements ItemReadListener<SheetItem>, ChunkListener<SheetItem, IngestOutcome>,
        StepExecutionListener, ChunkStart {

    private static final String READ_KEY = "cellcompare.rows.read";
    private static final String STAGED_KEY = "cellcompare.rows.staged";

    private final long runId;
    private final String file;
    private final JdbcTemplate jdbc;
    private final IngestProgress progress;
    private ExecutionContext context;
    private boolean reading;
    private long readFrom;
    private int inChunk;

    RowsReadCounter(long runId, String file, JdbcTemplate jdbc, IngestProgress progress) {
        this.runId = runId;
        this.file = file;
        this.jdbc = jdbc;
        this.progress = progress;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        context = stepExecution.getExecutionContext();
        if (!context.containsKey(READ_KEY) && OfferingRowReader.position(context) > 0) {
            // resuming a file begun by a release that kept its tallies in cc_file_read alone
            jdbc.query("SELECT rows_read, rows_staged FROM cc_file_read WHERE run_id = ? AND file = ?", rs -> {
                context.putLong(READ_KEY, rs.getLong(1));
                context.putLong(STAGED_KEY, rs.getLong(2));
            }, runId, file);
        }
    }

    /** The first read of a chunk notes where it began; a chunk rescanned item by item keeps it. */
    @Override
    public void beforeRead() {
        if (!reading) {
            readFrom = OfferingRowReader.position(context);
            reading = true;
        }
    }

    @Override
    public void afterRead(SheetItem item) {
        if (item instanceof RawRow) {
            inChunk++;
        }
    }

    @Override
    public long readFrom() {
        return readFrom;
    }

    @Override
    public void afterChunk(Chunk<IngestOutcome> chunk) {
        long staged = chunk.getItems().stream().filter(IngestOutcome.Staged.class::isInstance).count();
        context.putLong(READ_KEY, context.getLong(READ_KEY, 0L) + inChunk);
        context.putLong(STAGED_KEY, context.getLong(STAGED_KEY, 0L) + staged);
        progress.advance(file, inChunk);
        inChunk = 0;
        reading = false;
    }

    @Override
    public void onChunkError(Exception exception, Chunk<IngestOutcome> chunk) {
        inChunk = 0;
        reading = false;
    }

    /** Writes the file's tallies once it is done; a step run again after a kill writes the same figures. */
    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        long read = context.getLong(READ_KEY, 0L);
        long staged = context.getLong(STAGED_KEY, 0L);
        if (read > 0 || staged > 0) {
            int updated = jdbc.update("UPDATE cc_file_read SET rows_read = ?, rows_staged = ? WHERE run_id = ? AND file = ?",
                    read, staged, runId, file);
            if (updated == 0) {
                jdbc.update("INSERT INTO cc_file_read (run_id, file, rows_read, rows_staged) VALUES (?, ?, ?, ?)",
                        runId, file, read, staged);
            }
        }
        progress.finish(file);
        return stepExecution.getExitStatus();
    }
}
