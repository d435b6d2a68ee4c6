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
 * Writes a chunk's offerings to staging and their cell problems to Input problems, in the chunk's
 * transaction. Every write is keyed on the row, so a chunk written again writes nothing twice.
 */
class IngestWriter implements ItemWriter<StagedOffering> {

    private final long runId;
    private final int fileNumber;
    private final OfferingStore offerings;
    private final LongestTexts longestTexts;
    private final InputProblemStore problems;

    IngestWriter(long runId, int fileNumber, OfferingStore offerings, LongestTexts longestTexts, InputProblemStore problems) {
        this.runId = runId;
        this.fileNumber = fileNumber;
        this.offerings = offerings;
        this.longestTexts = longestTexts;
        this.problems = problems;
    }

    /** Whatever goes wrong here is the database's doing, so it stops the file's step rather than be skipped. */
    @Override
    public void write(Chunk<? extends StagedOffering> chunk) {
        try {
            List<StagedOffering> staged = new ArrayList<>(chunk.getItems());
            offerings.stage(runId, fileNumber, staged);
            longestTexts.record(runId, staged);
            List<InputProblem> noted = new ArrayList<>();
            staged.forEach(offering -> noted.addAll(offering.offering().problems()));
            problems.save(runId, noted);
        } catch (RuntimeException e) {
            throw new StagingFailedException(chunk.isEmpty() ? "an offering file" : chunk.getItems().get(0).offering().file(), e);
        }
    }
}
