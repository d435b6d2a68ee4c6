package org.cellcompare.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.JdbcTemplate;

import org.cellcompare.ingest.RawRow;
import org.cellcompare.ingest.SheetItem;

/**
 * Counts the data rows read from a file and the offerings handed to staging, committed with each
 * chunk. Rows left out are counted by Input problems and merges by ranking, so the end-of-run
 * reconciliation checks tallies kept by different parts of the job.
 * Every few seconds it also says in the log how far the file has got.
 */
class RowsReadCounter implements ItemReadListener<SheetItem>, ChunkListener<SheetItem, IngestOutcome> {

    private static final Logger log = LoggerFactory.getLogger(RowsReadCounter.class);

    private final long runId;
    private final String file;
    private final JdbcTemplate jdbc;
    private final long progressNanos;
    private final long started = System.nanoTime();
    private long lastProgress = started;
    private long rowsSoFar;
    private int inChunk;

    RowsReadCounter(long runId, String file, JdbcTemplate jdbc, int progressSeconds) {
        this.runId = runId;
        this.file = file;
        this.jdbc = jdbc;
        this.progressNanos = progressSeconds * 1_000_000_000L;
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
        rowsSoFar += inChunk;
        inChunk = 0;
        long now = System.nanoTime();
        if (now - lastProgress >= progressNanos) {
            lastProgress = now;
            double seconds = (now - started) / 1e9;
            log.info("{}: {} rows read so far ({} rows/s)", file, String.format("%,d", rowsSoFar),
                    String.format("%,.0f", rowsSoFar / Math.max(seconds, 0.001)));
        }
    }

    @Override
    public void onChunkError(Exception exception, Chunk<IngestOutcome> chunk) {
        inChunk = 0;
    }
}
