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
 * Records the data rows read from a file, and tells {@link IngestProgress} how far it has got. The
 * count is written in each chunk's own transaction, with the reader's position, so a run killed and
 * resumed counts exactly the rows it does not read again; a count kept from a chunk that never
 * committed is written over when the chunk is read again. (Once the file is done is too late:
 * Spring Batch saves a step as completed before it calls the listeners, so a kill in between left
 * a finished file with no count at all.) What was staged is counted by ranking from the staged
 * rows themselves and what was left out by Input problems: the reconciliation checks tallies that
 * no one part of the job keeps alone, so a row lost between reading and staging can only stop the
 * run, never vanish.
 */
class RowsReadCounter implements ItemReadListener<SheetItem>, ChunkListener<SheetItem, IngestOutcome>,
        StepExecutionListener, ChunkStart {

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

    /** Inside the chunk's transaction, before the reader's position is saved: rows read by the last commit, and this chunk's. */
    @Override
    public void afterChunk(Chunk<IngestOutcome> chunk) {
        record(OfferingRowReader.rowsRead(context) + inChunk);
        progress.advance(file, inChunk);
        inChunk = 0;
        reading = false;
    }

    @Override
    public void onChunkError(Exception exception, Chunk<IngestOutcome> chunk) {
        inChunk = 0;
        reading = false;
    }

    /** A file that handed on no chunk at all (nothing but a line in Input problems) gets its line too, for the log. */
    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        record(OfferingRowReader.rowsRead(context));
        progress.finish(file);
        return stepExecution.getExitStatus();
    }

    private void record(long read) {
        int updated = jdbc.update("UPDATE cc_file_read SET rows_read = ? WHERE run_id = ? AND file = ?", read, runId, file);
        if (updated == 0) {
            jdbc.update("INSERT INTO cc_file_read (run_id, file, rows_read) VALUES (?, ?, ?)", runId, file, read);
        }
    }
}
