package org.cellcompare.rank;

import java.util.Set;

import org.cellcompare.normalize.Offering;
import org.cellcompare.travel.TripEstimate;

/**
 * A normalized offering as it is staged: its row's place among its file's rows ({@code item}, from
 * 1), what the sheets show of it, the section it belongs to, the flags its own row raises, and
 * their score and band.
 */
public record StagedOffering(long item, Offering offering, ShownOffering shown, Section section, Set<Flag> flags, int score,
                             ConcernLevel concern) {

    public static StagedOffering of(long item, Offering offering, TripEstimate trip, Set<Flag> flags, ConcernScorer scorer) {
        int score = scorer.score(flags);
        return new StagedOffering(item, offering, ShownOffering.of(offering, trip), ConcernFlagger.sectionOf(offering), flags, score,
                scorer.level(score));
    }
}
