package org.cellcompare.job;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.JdbcTemplate;

import org.cellcompare.ingest.RawRow;
import org.cellcompare.ingest.SheetItem;

/**
 * Counts the data rows read from a file and the offerings handed to staging, committed with each
 * chunk. Rows left out are counted by Input problems and merges by ranking, so the end-of-run
 * reconciliation checks tallies kept by different parts of the job. It also tells
 * {@link IngestProgress} how far the file has got.
 */
class RowsReadCounter implements ItemReadListener<SheetItem>, ChunkListener<SheetItem, IngestOutcome>, StepExecutionListener {

    private final long runId;
    private final String file;
    private final JdbcTemplate jdbc;
    private final IngestProgress progress;
    private int inChunk;

    RowsReadCounter(long runId, String file, JdbcTemplate jdbc, IngestProgress progress) {
        this.runId = runId;
        this.file = file;
        this.jdbc = jdbc;
        this.progress = progress;
    }

    @Override
    public void afterRead(SheetItem item) {
        if (item instanceof RawRow) {
            inChunk++;
        }
    }

    @Override
    public void afterChunk(Chunk<IngestOutcome> chunk) {
        long staged = chunk.getItems().stream().filter(IngestOutcome.Staged.class::isInstance).count();
        if (inChunk > 0 || staged > 0) {
            int updated = jdbc.update("UPDATE cc_file_read SET rows_read = rows_read + ?, rows_staged = rows_staged + ?"
                    + " WHERE run_id = ? AND file = ?", inChunk, staged, runId, file);
            if (updated == 0) {
                jdbc.update("INSERT INTO cc_file_read (run_id, file, rows_read, rows_staged) VALUES (?, ?, ?, ?)",
                        runId, file, inChunk, staged);
            }
        }
        progress.advance(file, inChunk);
        inChunk = 0;
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        progress.finish(file);
        return stepExecution.getExitStatus();
    }

    @Override
    public void onChunkError(Exception exception, Chunk<IngestOutcome> chunk) {
        inChunk = 0;
    }
}
