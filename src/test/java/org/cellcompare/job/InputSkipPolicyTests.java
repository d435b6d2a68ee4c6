package org.cellcompare.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.dao.DataAccessResourceFailureException;

import org.cellcompare.ingest.InputProblem;
import org.cellcompare.ingest.InputProblemException;

/** Only the input's own faults are skipped; every other failure stops the run, to be resumed. */
class InputSkipPolicyTests {

    private final InputSkipPolicy policy = new InputSkipPolicy();

    @Test
    void skipsWhatIsWrongWithARowOrAFile() {
        assertThat(policy.shouldSkip(new InputProblemException(InputProblem.forFile("a.csv", "damaged", "fix"), null), 0))
                .isTrue();
        assertThat(policy.shouldSkip(new IllegalArgumentException("a value no parser expected"), 10_000)).isTrue();
    }

    @Test
    void neverSkipsAWriteForNoSkippedWriteIsRecordedAnywhere() {
        assertThat(policy.shouldSkip(new StagingFailedException("a.csv", new IllegalStateException("refused")), 0)).isFalse();
    }

    @Test
    void neverSkipsRowsForTheDatabasesFaultHoweverDeeplyItIsWrapped() {
        SQLException closed = new SQLException("The database has been closed", "90098", 90098);
        assertThat(policy.shouldSkip(new DataAccessResourceFailureException("closed", closed), 0)).isFalse();
        assertThat(policy.shouldSkip(new BeanCreationException("ingestProcessor", "could not be made",
                new DataAccessResourceFailureException("closed", closed)), 0)).isFalse();
        assertThat(policy.shouldSkip(new IllegalStateException("wrapped", closed), 0)).isFalse();
    }

    @Test
    void neverSkipsForWantOfMemory() {
        assertThat(policy.shouldSkip(new OutOfMemoryError("Java heap space"), 0)).isFalse();
        assertThat(policy.shouldSkip(new IllegalStateException("wrapped", new OutOfMemoryError("Java heap space")), 0)).isFalse();
    }
}
