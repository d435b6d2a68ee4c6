package org.cellcompare.rank;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.cellcompare.config.CellCompareProperties;

/**
 * Adds up the points of an offering's flags, caps the sum, and bands it into a concern level.
 * Points and bands come from configuration, so a nonprofit can weigh signs differently.
 */
public final class ConcernScorer {

    private final Map<Flag, Integer> points = new EnumMap<>(Flag.class);
    private final int cap;
    private final CellCompareProperties.Bands bands;

    public ConcernScorer(CellCompareProperties.Concern concern) {
        Set<String> unknown = new TreeSet<>(concern.points().keySet());
        for (Flag flag : Flag.values()) {
            Integer value = concern.points().get(flag.name());
            if (value == null) {
                throw new IllegalStateException("cellcompare.concern.points has no points for " + flag.name()
                        + "; add it to application.yml.");
            }
            points.put(flag, value);
            unknown.remove(flag.name());
        }
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("cellcompare.concern.points names unknown flags " + unknown
                    + "; the flag codes are " + Arrays.toString(Flag.values()) + ".");
        }
        this.cap = concern.scoreCap();
        this.bands = concern.bands();
        if (!(bands.moderate() < bands.high() && bands.high() < bands.veryHigh())) {
            throw new IllegalStateException("cellcompare.concern.bands must rise: moderate < high < very-high.");
        }
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

    public CellCompareProperties.Bands bands() {
        return bands;
    }
}
