package org.cellcompare.job;

import org.cellcompare.ingest.InputProblem;
import org.cellcompare.rank.StagedOffering;

/** What ingesting one item produced: a staged offering, or a note about the file. */
sealed interface IngestOutcome {

    record Staged(StagedOffering offering) implements IngestOutcome {
    }

    record Noted(InputProblem problem) implements IngestOutcome {
    }
}
