package org.cellcompare.job;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import org.cellcompare.ingest.InputProblem;
import org.cellcompare.ingest.InputProblemStore;
import org.cellcompare.rank.LongestTexts;
import org.cellcompare.rank.OfferingStore;
import org.cellcompare.rank.StagedOffering;

/**
 * Writes a chunk's offerings to staging and its notes and cell problems to Input problems, in the
 * chunk's transaction, each tagged with where the chunk began reading.
 */
class IngestWriter implements ItemWriter<IngestOutcome> {

    private final long runId;
    private final OfferingStore offerings;
    private final LongestTexts longestTexts;
    private final InputProblemStore problems;
    private final ChunkStart chunkStart;

    IngestWriter(long runId, OfferingStore offerings, LongestTexts longestTexts, InputProblemStore problems,
                 ChunkStart chunkStart) {
        this.runId = runId;
        this.offerings = offerings;
        this.longestTexts = longestTexts;
        this.problems = problems;
        this.chunkStart = chunkStart;
    }

    /** Whatever goes wrong here is the database's doing, so it stops the file's step rather than be skipped. */
    @Override
    public void write(Chunk<? extends IngestOutcome> chunk) {
        try {
            stage(chunk);
        } catch (RuntimeException e) {
            throw new StagingFailedException(fileOf(chunk), e);
        }
    }

    private static String fileOf(Chunk<? extends IngestOutcome> chunk) {
        for (IngestOutcome outcome : chunk) {
            if (outcome instanceof IngestOutcome.Staged s) {
                return s.offering().offering().file();
            }
            if (outcome instanceof IngestOutcome.Noted n) {
                return n.problem().file();
            }
        }
        return "an offering file";
    }

    private void stage(Chunk<? extends IngestOutcome> chunk) {
        List<StagedOffering> staged = new ArrayList<>();
        List<InputProblem> noted = new ArrayList<>();
        for (IngestOutcome outcome : chunk) {
            if (outcome instanceof IngestOutcome.Staged s) {
                staged.add(s.offering());
                noted.addAll(s.offering().offering().problems());
            } else if (outcome instanceof IngestOutcome.Noted n) {
                noted.add(n.problem());
            }
        }
        long readFrom = chunkStart.readFrom();
        offerings.insert(runId, readFrom, staged);
        longestTexts.record(runId, staged);
        problems.save(runId, readFrom, noted);
    }
}
