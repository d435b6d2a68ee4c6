package org.cellcompare.job;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.cellcompare.report.Bundles;
import org.cellcompare.report.ReportContext;
import org.cellcompare.report.WorkbookWriter;

/** Writes the workbook aside and moves it into the output folder in one step, then closes the run. */
class ReportTasklet implements Tasklet {

    private final WorkbookWriter writer;
    private final RunStore runs;

    ReportTasklet(WorkbookWriter writer, RunStore runs) {
        this.writer = writer;
        this.runs = runs;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        long runId = RunSteps.runId(contribution);
        RunParameters run = RunSteps.parameters(contribution);
        writer.write(new ReportContext(runId, run.month(), run.reportDate(), run.currency(), Bundles.locale(run.language()),
                run.attempt(), run.workbook(), run.output().resolve(".cellcompare").resolve("tmp")));
        runs.finish(runId, run);
        return RepeatStatus.FINISHED;
    }
}
