package org.cellcompare.rank;

import java.util.Set;

import org.cellcompare.normalize.Offering;

/**
 * A normalized offering as it is staged: what the sheets show of it, the section it belongs to,
 * the flags its own row raises, and their score and band.
 */
public record StagedOffering(Offering offering, ShownOffering shown, Section section, Set<Flag> flags, int score,
                             ConcernLevel concern) {

    public static StagedOffering of(Offering offering, Set<Flag> flags, ConcernScorer scorer) {
        int score = scorer.score(flags);
        return new StagedOffering(offering, ShownOffering.of(offering), ConcernFlagger.sectionOf(offering), flags, score,
                scorer.level(score));
    }
}
