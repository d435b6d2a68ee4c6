package org.cellcompare.rank;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How a nonprofit weighs the warning signs, bound from {@code cellcompare.concern.*}: points per
 * flag, the cap on the summed score, where each concern band starts, and the thresholds of the
 * flags that have one. The points are keyed by {@link Flag}, so a mistyped flag stops the start
 * with its name, and every flag must have points.
 */
@Validated
@ConfigurationProperties("cellcompare.concern")
public record ConcernSettings(@NotNull Map<Flag, @NotNull @Min(0) Integer> points, @Min(1) int scoreCap,
                              @NotNull @Valid Bands bands, @Min(1) int manyInjections,
                              @NotNull @DecimalMin("1") BigDecimal priceOutlierFactor, @Min(1) int staleAfterMonths) {

    /** The lowest score of each band above "Lower concern". */
    public record Bands(@Min(1) int moderate, @Min(1) int high, @Min(1) int veryHigh) {

        @AssertTrue(message = "the bands must rise: moderate < high < very-high")
        public boolean isRising() {
            return moderate < high && high < veryHigh;
        }
    }

    @AssertTrue(message = "every flag needs points")
    public boolean isEveryFlagWeighed() {
        return points == null || points.keySet().containsAll(EnumSet.allOf(Flag.class));
    }
}
