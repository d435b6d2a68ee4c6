package org.cellcompare.job;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.NoSuchStepException;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;

import org.cellcompare.ingest.OfferingRowReader;
import org.cellcompare.rank.OfferingTable;

/**
 * Drops what a stopped run staged for chunks that never committed, before the resumed run reads
 * those rows again. After a SIGKILL, H2 has been seen to keep what a transaction wrote before it
 * committed: a whole chunk's offerings, a chunk's first three, a ranked row without its offering,
 * an input problem (scripts/kill-resume.sh; one kill in ten to forty). Most likely a save of H2's
 * background writer caught the chunk's rows without the undo log that would have rolled them back.
 * Kept, they were counted twice, and the resumed run stopped with "The rows do not add up".
 *
 * <p>The reader's position is what Spring Batch commits last in a chunk's transaction, and what a
 * resumed file reads again from. Every offering and input problem a chunk stages is tagged with the
 * position the chunk began at ({@link ChunkStart}), so whatever is tagged at or after the position a
 * file resumes from belongs to a chunk that will be read again.
 */
class UnfinishedChunks {

    private static final Logger log = LoggerFactory.getLogger(UnfinishedChunks.class);

    private final JdbcTemplate jdbc;
    private final JobRepository jobRepository;

    UnfinishedChunks(JdbcTemplate jdbc, JobRepository jobRepository) {
        this.jdbc = jdbc;
        this.jobRepository = jobRepository;
    }

    /**
     * Before any file is read again: ranked rows whose offering row is not there. Quick on a first
     * attempt, when both tables are empty.
     */
    void dropOrphans(long runId) {
        int ranked = jdbc.update("DELETE FROM " + OfferingTable.ranked(runId) + " r WHERE NOT EXISTS (SELECT 1 FROM "
                + OfferingTable.name(runId) + " o WHERE o.id = r.id)");
        if (ranked > 0) {
            log.info("Dropped {} ranked rows that a stopped chunk left without their offering", ranked);
        }
    }

    /** When a file's step starts again: what its uncommitted chunks left. A first attempt has none. */
    void dropUncommitted(StepExecution fileStep) {
        JobInstance run = fileStep.getJobExecution().getJobInstance();
        if (attempts(run, fileStep.getStepName()) < 2) {
            return;
        }
        long runId = run.getInstanceId();
        String file = Path.of(fileStep.getExecutionContext().getString("file")).getFileName().toString();
        long resumeFrom = OfferingRowReader.position(fileStep.getExecutionContext());
        String offerings = OfferingTable.name(runId);
        int ranked = jdbc.update("DELETE FROM " + OfferingTable.ranked(runId) + " WHERE id IN (SELECT id FROM " + offerings
                + " WHERE file = ? AND read_from >= ?)", file, resumeFrom);
        int staged = jdbc.update("DELETE FROM " + offerings + " WHERE file = ? AND read_from >= ?", file, resumeFrom);
        int problems = jdbc.update("DELETE FROM cc_input_problem WHERE run_id = ? AND file = ? AND read_from >= ?",
                runId, file, resumeFrom);
        if (ranked + staged + problems > 0) {
            log.info("{}: dropped {} offerings, {} ranked rows and {} input problems that a chunk left without committing;"
                    + " they are read again from item {}", file, staged, ranked, problems, resumeFrom);
        }
    }

    private long attempts(JobInstance run, String stepName) {
        try {
            return jobRepository.getStepExecutionCount(run, stepName);
        } catch (NoSuchStepException e) {
            return 0;
        }
    }
}
