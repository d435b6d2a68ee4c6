package org.cellcompare.job;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.cellcompare.report.Bundles;
import org.cellcompare.report.Downloads;
import org.cellcompare.report.ReportContext;
import org.cellcompare.report.ReportQueries;
import org.cellcompare.report.ReportQueries.FileFigures;
import org.cellcompare.report.RowsDoNotAddUpException;
import org.cellcompare.report.WorkbookWriter;
import org.cellcompare.update.ReferenceUpdates;

/**
 * Checks that every row read is accounted for, then writes the workbook and the web page aside and
 * moves them into the output folder, each in one step, and closes the run. A wrong count stops the
 * run: a workbook that lost rows would mislead the families who read it.
 */
class ReportTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ReportTasklet.class);

    private final WorkbookWriter writer;
    private final RunStore runs;
    private final ReportQueries queries;
    private final ReferenceUpdates updates;
    private final JobRepository jobRepository;

    ReportTasklet(WorkbookWriter writer, RunStore runs, ReportQueries queries, ReferenceUpdates updates,
                  JobRepository jobRepository) {
        this.writer = writer;
        this.runs = runs;
        this.queries = queries;
        this.updates = updates;
        this.jobRepository = jobRepository;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long runId = RunSteps.runId(contribution);
        RunParameters run = RunSteps.parameters(contribution);
        Map<String, Long> rowsRead = RowsRead.perFile(jobRepository, runId);
        List<FileFigures> files = queries.fileFigures(runId, rowsRead);
        checkEveryRowIsAccountedFor(files);
        log.info("Writing the workbook: {} ranked offerings", String.format("%,d", files.stream().mapToLong(FileFigures::ranked).sum()));
        try {
            writer.write(new ReportContext(runId, run.month(), run.reportDate(), run.currency(), Bundles.locale(run.language()),
                    run.attempt(), run.input(), run.workbook(), run.page(), run.output().resolve(".cellcompare").resolve("tmp"),
                    downloads(), rowsRead));
        } catch (RowsDoNotAddUpException e) {
            throw new RunAbortedException(e.getMessage());
        } catch (IOException e) {
            throw new RunAbortedException("The workbook could not be written to " + run.workbook() + " (" + e.getMessage()
                    + "); if the disk is full, free some space, then run the same command again.");
        }
        runs.finish(runId, run);
        return RepeatStatus.FINISHED;
    }

    private Downloads downloads() {
        Optional<ReferenceUpdates.Saved> registry = updates.registrySaved();
        return new Downloads(updates.ratesFailure().orElse(null), registry.map(ReferenceUpdates.Saved::file).orElse(null),
                registry.map(ReferenceUpdates.Saved::on).orElse(null), updates.travelFailure().orElse(null));
    }

    static void checkEveryRowIsAccountedFor(List<FileFigures> files) {
        List<FileFigures> unbalanced = files.stream().filter(file -> !file.balances()).toList();
        if (!unbalanced.isEmpty()) {
            throw new RunAbortedException("The rows do not add up, so no workbook was written: " + unbalanced.stream()
                    .map(f -> f.file() + " read " + f.read() + " but ranked " + f.ranked() + ", left out " + f.leftOut()
                            + " and merged " + f.merged())
                    .collect(Collectors.joining("; ")) + ". Run again with --debug and report this to the maintainers.");
        }
    }
}
