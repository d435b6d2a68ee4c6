package org.cellcompare.job;

import java.util.Set;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import org.cellcompare.ingest.InputProblem;
import org.cellcompare.ingest.InputProblemException;
import org.cellcompare.ingest.RawRow;
import org.cellcompare.normalize.Offering;
import org.cellcompare.normalize.OfferingNormalizer;
import org.cellcompare.rank.ConcernFlagger;
import org.cellcompare.rank.ConcernScorer;
import org.cellcompare.rank.Flag;
import org.cellcompare.rank.StagedOffering;
import org.cellcompare.travel.TripEstimator;

/** Normalizes a row, estimates its trip and flags it. */
class IngestProcessor implements ItemProcessor<RawRow, StagedOffering> {

    private final OfferingNormalizer normalizer;
    private final TripEstimator trips;
    private final ConcernFlagger flagger;
    private final ConcernScorer scorer;

    IngestProcessor(OfferingNormalizer normalizer, TripEstimator trips, ConcernFlagger flagger, ConcernScorer scorer) {
        this.normalizer = normalizer;
        this.trips = trips;
        this.flagger = flagger;
        this.scorer = scorer;
    }

    @Override
    public StagedOffering process(RawRow row) {
        try {
            Offering offering = normalizer.normalize(row);
            Set<Flag> flags = flagger.flags(offering);
            return StagedOffering.of(row.item(), offering, trips.estimate(offering), flags, scorer);
        } catch (StackOverflowError tooDeep) {
            // one row's text too deep for a pattern must not stop the month; the row is left out, with its line
            throw new InputProblemException(new InputProblem(row.file(), row.sheet(), row.row(), null, null,
                    "A value in this row is too long or too deeply nested to read.",
                    "Shorten the row's texts to what a family would read, and run again.", InputProblem.Outcome.ROW_LEFT_OUT), null);
        }
    }
}
