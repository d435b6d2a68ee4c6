package org.cellcompare.job;

import org.springframework.batch.core.step.StepContribution;

/** What every step needs to know about the run it belongs to. */
final class RunSteps {

    private RunSteps() {
    }

    static long runId(StepContribution contribution) {
        return contribution.getStepExecution().getJobExecution().getJobInstanceId();
    }

    static RunParameters parameters(StepContribution contribution) {
        return RunParameters.of(contribution.getStepExecution().getJobParameters());
    }
}
