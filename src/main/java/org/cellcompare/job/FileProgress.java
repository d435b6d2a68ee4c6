package org.cellcompare.job;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

import org.cellcompare.ingest.RawRow;
import org.cellcompare.rank.StagedOffering;

/** Tells {@link IngestProgress} how far one file's reading has got, once per chunk. */
class FileProgress implements ItemReadListener<RawRow>, ChunkListener<RawRow, StagedOffering>, StepExecutionListener {

    private final String file;
    private final IngestProgress progress;
    private long readSinceLastChunk;

    FileProgress(String file, IngestProgress progress) {
        this.file = file;
        this.progress = progress;
    }

    @Override
    public void afterRead(RawRow row) {
        readSinceLastChunk++;
    }

    @Override
    public void afterChunk(Chunk<StagedOffering> chunk) {
        progress.advance(file, readSinceLastChunk);
        readSinceLastChunk = 0;
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        progress.advance(file, readSinceLastChunk);
        readSinceLastChunk = 0;
        progress.finish(file);
        return stepExecution.getExitStatus();
    }
}
