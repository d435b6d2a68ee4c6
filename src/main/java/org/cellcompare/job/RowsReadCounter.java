package org.cellcompare.job;

import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.JdbcTemplate;

import org.cellcompare.ingest.RawRow;
import org.cellcompare.ingest.SheetItem;

/**
 * Counts the data rows read from a file, committed with each chunk. The count is kept apart from
 * what was staged or left out, so the end-of-run reconciliation checks two independent tallies.
 */
class RowsReadCounter implements ItemReadListener<SheetItem>, ChunkListener<SheetItem, IngestOutcome> {

    private final long runId;
    private final String file;
    private final JdbcTemplate jdbc;
    private int inChunk;

    RowsReadCounter(long runId, String file, JdbcTemplate jdbc) {
        this.runId = runId;
        this.file = file;
        this.jdbc = jdbc;
    }

    @Override
    public void afterRead(SheetItem item) {
        if (item instanceof RawRow) {
            inChunk++;
        }
    }

    @Override
    public void afterChunk(Chunk<IngestOutcome> chunk) {
        if (inChunk > 0) {
            int updated = jdbc.update("UPDATE cc_file_read SET rows_read = rows_read + ? WHERE run_id = ? AND file = ?",
                    inChunk, runId, file);
            if (updated == 0) {
                jdbc.update("INSERT INTO cc_file_read (run_id, file, rows_read) VALUES (?, ?, ?)", runId, file, inChunk);
            }
        }
        inChunk = 0;
    }

    @Override
    public void onChunkError(Exception exception, Chunk<IngestOutcome> chunk) {
        inChunk = 0;
    }
}
