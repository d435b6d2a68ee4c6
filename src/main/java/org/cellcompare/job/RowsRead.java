package org.cellcompare.job;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

import org.cellcompare.ingest.OfferingFiles;

/**
 * The data rows each offering file's reader handed on, as Spring Batch counted them, summed over
 * every attempt at the file. Notes about a file travel outside the item stream, so a count of items
 * is a count of rows.
 *
 * <p>An attempt that completed counts its reads. One that did not (killed, or stopped by a chunk
 * that could not be written) counts the rows its committed chunks wrote, skipped or filtered: those
 * are the rows the next attempt does not read again. Its read count will not do, as a failed step
 * is saved with the reads of the chunk that rolled back, which the next attempt reads again.
 */
final class RowsRead {

    private RowsRead() {
    }

    static Map<String, Long> perFile(JobRepository repository, long runId) {
        JobInstance run = repository.getJobInstance(runId);
        Map<String, Long> read = new HashMap<>();
        if (run == null) {
            return read;
        }
        for (JobExecution attempt : repository.getJobExecutions(run)) {
            for (StepExecution step : attempt.getStepExecutions()) {
                if (step.getStepName().startsWith(CellCompareJobConfiguration.FILE_STEP_NAME + ":")
                        && step.getExecutionContext().containsKey(OfferingFiles.FILE_KEY)) {
                    String file = Path.of(step.getExecutionContext().getString(OfferingFiles.FILE_KEY)).getFileName().toString();
                    read.merge(file, rowsCommitted(step), Long::sum);
                }
            }
        }
        return read;
    }

    private static long rowsCommitted(StepExecution attempt) {
        return attempt.getStatus() == BatchStatus.COMPLETED ? attempt.getReadCount()
                : attempt.getWriteCount() + attempt.getFilterCount() + attempt.getProcessSkipCount();
    }
}
