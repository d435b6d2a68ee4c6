package org.cellcompare.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrialRecordTests {

    @ParameterizedTest
    @ValueSource(strings = {"Cerebral Palsy", "cerebral palsy|Spastic Diplegia", "Palsy, Cerebral", "CEREBRAL-PALSY",
            "Cerebral Palsies", "Parálisis cerebral"})
    void recognisesCerebralPalsyInAnySpelling(String conditions) {
        assertThat(record("RECRUITING", conditions, "PHASE2").isAboutCerebralPalsy()).isTrue();
    }

    @Test
    void anotherConditionIsNotCerebralPalsy() {
        assertThat(record("RECRUITING", "Autism Spectrum Disorder", "PHASE2").isAboutCerebralPalsy()).isFalse();
    }

    @Test
    void knowsOpenAndClosedStatuses() {
        assertThat(record("RECRUITING", "CP", "NA").isOpenForRecruitment()).isTrue();
        assertThat(record("NOT_YET_RECRUITING", "CP", "NA").isOpenForRecruitment()).isTrue();
        assertThat(record("Active, not recruiting", "CP", "NA").isOpenForRecruitment()).isFalse();
        assertThat(record("COMPLETED", "CP", "NA").isClosed()).isTrue();
        assertThat(record("Terminated", "CP", "NA").isClosed()).isTrue();
    }

    @Test
    void ranksTheLatestPhase() {
        assertThat(record("RECRUITING", "CP", "PHASE2|PHASE3").phaseRank()).isEqualTo(3);
        assertThat(record("RECRUITING", "CP", "EARLY_PHASE1").phaseRank()).isEqualTo(0.5);
        assertThat(record("RECRUITING", "CP", "Phase II").phaseRank()).isEqualTo(2);
        assertThat(record("RECRUITING", "CP", "PHASE2|PHASE3").phaseLabel()).isEqualTo("Phase 2/3");
    }

    private static TrialRecord record(String status, String conditions, String phases) {
        return new TrialRecord("NCT00000001", "A study", "https://clinicaltrials.gov/study/NCT00000001", status, conditions,
                phases, 10, "Sponsor", "registry/export.csv");
    }
}
