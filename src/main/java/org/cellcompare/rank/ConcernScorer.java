package org.cellcompare.rank;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.stereotype.Component;


/**
 * Adds up the points of an offering's flags, caps the sum, and bands it into a concern level.
 * Points and bands come from configuration, so a nonprofit can weigh signs differently.
 */
@Component
public final class ConcernScorer {

    private final Map<Flag, Integer> points = new EnumMap<>(Flag.class);
    private final int cap;
    private final ConcernSettings.Bands bands;

    /** Settings as bound and checked at start-up ({@link ConcernSettings}): every flag has points, and the bands rise. */
    public ConcernScorer(ConcernSettings concern) {
        points.putAll(concern.points());
        this.cap = concern.scoreCap();
        this.bands = concern.bands();
    }

    public int points(Flag flag) {
        return points.get(flag);
    }

    public int score(Collection<Flag> flags) {
        int sum = flags.stream().mapToInt(points::get).sum();
        return Math.max(0, Math.min(cap, sum));
    }

    public int cap() {
        return cap;
    }

    public ConcernLevel level(int score) {
        if (score >= bands.veryHigh()) {
            return ConcernLevel.VERY_HIGH;
        }
        if (score >= bands.high()) {
            return ConcernLevel.HIGH;
        }
        return score >= bands.moderate() ? ConcernLevel.MODERATE : ConcernLevel.LOWER;
    }

    public ConcernSettings.Bands bands() {
        return bands;
    }
}
