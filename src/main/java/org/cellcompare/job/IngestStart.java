package org.cellcompare.job;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import org.cellcompare.ingest.InputProblemStore;
import org.cellcompare.ingest.OfferingFiles;

/**
 * Before any offering file is read: what in the offerings folder cannot be read as a file (a
 * folder, a broken link) goes to Input problems, and the progress line learns the files' sizes.
 */
class IngestStart implements StepExecutionListener {

    private final InputProblemStore problems;
    private final IngestProgress progress;

    IngestStart(InputProblemStore problems, IngestProgress progress) {
        this.problems = problems;
        this.progress = progress;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        RunParameters run = RunParameters.of(stepExecution.getJobParameters());
        OfferingFiles folder = new OfferingFiles(run.input().resolve(OfferingFiles.FOLDER_NAME));
        problems.replace(stepExecution.getJobExecution().getJobInstanceId(), OfferingFiles.FOLDER_NAME, folder.entriesNotRead());
        progress.start(folder.list());
    }
}
