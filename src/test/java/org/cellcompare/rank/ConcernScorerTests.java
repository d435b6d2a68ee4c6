package org.cellcompare.rank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.cellcompare.support.Offerings;

class ConcernScorerTests {

    private final ConcernScorer scorer = new ConcernScorer(Offerings.defaultConcern());

    @Test
    void sumsThePointsOfTheFlags() {
        assertThat(scorer.score(EnumSet.of(Flag.NO_REGISTRATION, Flag.INTRATHECAL_ROUTE))).isEqualTo(35);
        assertThat(scorer.score(EnumSet.noneOf(Flag.class))).isZero();
    }

    @Test
    void capsTheScore() {
        assertThat(scorer.score(EnumSet.allOf(Flag.class))).isEqualTo(100);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0, LOWER", "19, LOWER", "20, MODERATE", "44, MODERATE", "45, HIGH", "69, HIGH", "70, VERY_HIGH", "100, VERY_HIGH"})
    void bandsTheScore(int score, ConcernLevel level) {
        assertThat(scorer.level(score)).isEqualTo(level);
    }
}
