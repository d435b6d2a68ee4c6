package org.cellcompare.job;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import org.cellcompare.config.CellCompareProperties;
import org.cellcompare.report.ReportQueries;
import org.cellcompare.report.ReportQueries.FileFigures;

/**
 * Runs one month: starts it, resumes it where a crash left it, or, when asked, runs a finished
 * month again as a new attempt that replaces the old one. A finished month is never re-run by
 * accident.
 */
@Component
public class MonthlyRun {

    private static final Logger log = LoggerFactory.getLogger(MonthlyRun.class);

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job job;
    private final ReportQueries queries;
    private final CellCompareProperties properties;
    private final Clock clock;

    public MonthlyRun(JobOperator operator, JobRepository repository, Job job, ReportQueries queries,
                      CellCompareProperties properties, Clock clock) {
        this.operator = operator;
        this.repository = repository;
        this.job = job;
        this.queries = queries;
        this.properties = properties;
        this.clock = clock;
    }

    /** What the user asked for; a null currency means the configured reporting currency. */
    public record Request(YearMonth month, Path input, Path output, String currency, String language, boolean rerun) {
    }

    public enum Status {
        WRITTEN, ALREADY_DONE, FAILED
    }

    /** How the run ended, with the one sentence to tell the user. */
    public record Outcome(Status status, String message, Path workbook, Throwable cause) {
    }

    public Outcome run(Request request) {
        String currency = reportingCurrency(request);
        RunParameters fresh = new RunParameters(request.month(), request.input().toAbsolutePath().normalize(),
                request.output().toAbsolutePath().normalize(), currency, request.language(), 1,
                RunParameters.reportDate(request.month(), LocalDate.now(clock)));
        try {
            JobExecution execution = launch(request, fresh);
            if (execution == null) {
                return new Outcome(Status.ALREADY_DONE, "The month " + request.month() + " has already been run (see "
                        + fresh.workbook() + "); to run it again and replace it, add --rerun to the same command.", fresh.workbook(),
                        null);
            }
            return outcome(execution);
        } catch (RunAbortedException e) {
            return new Outcome(Status.FAILED, e.getMessage(), null, e);
        } catch (Exception | OutOfMemoryError e) {
            // Thrown out of the launcher at any point of the run, not only at its start.
            return new Outcome(Status.FAILED, RunFailures.sentence(e, fresh.output().toString()).orElseGet(() ->
                    "The run stopped before the workbook was written (" + rootMessage(e)
                            + "); run the same command again to resume, or add --debug for details."), null, e);
        }
    }

    private String reportingCurrency(Request request) {
        String currency = request.currency() != null ? request.currency() : properties.reportingCurrency();
        String code = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
        try {
            return Currency.getInstance(code).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new RunAbortedException("The reporting currency '" + currency + "' is not an ISO 4217 currency code.");
        }
    }

    private JobExecution launch(Request request, RunParameters fresh) throws Exception {
        Previous previous = latestAttempt(request.month());
        if (previous == null) {
            return operator.start(job, fresh.toJobParameters());
        }
        JobExecution last = previous.execution();
        if (last.getStatus().isRunning()) {
            log.warn("The last run of {} did not finish (the process was stopped); resuming it", request.month());
            last = operator.recover(last);
        }
        RunParameters next = withAttempt(fresh, previous.parameters().attempt() + 1);
        return switch (last.getStatus()) {
            case COMPLETED -> {
                if (!request.rerun()) {
                    yield null;
                }
                log.info("Re-running {}: this run replaces the workbook and history of the earlier run", request.month());
                yield operator.start(job, next.toJobParameters());
            }
            case FAILED, STOPPED -> {
                if (sameRun(previous.parameters(), fresh)) {
                    log.info("Resuming the unfinished run of {} where it stopped", request.month());
                    yield operator.restart(last);
                }
                log.info("The unfinished run of {} used other options (input, output, currency or language); starting"
                        + " afresh with these", request.month());
                yield operator.start(job, next.toJobParameters());
            }
            default -> operator.start(job, next.toJobParameters());
        };
    }

    private static RunParameters withAttempt(RunParameters run, long attempt) {
        return new RunParameters(run.month(), run.input(), run.output(), run.currency(), run.language(), attempt,
                run.reportDate());
    }

    private static boolean sameRun(RunParameters earlier, RunParameters now) {
        return earlier.input().equals(now.input()) && earlier.output().equals(now.output())
                && earlier.currency().equals(now.currency()) && earlier.language().equals(now.language());
    }

    private record Previous(RunParameters parameters, JobExecution execution) {
    }

    /** The latest attempt at this month in the job repository, with its last execution. */
    private Previous latestAttempt(YearMonth month) {
        List<JobInstance> instances = repository.findJobInstances(job.getName());
        return instances.stream()
                .map(repository::getLastJobExecution)
                .filter(Objects::nonNull)
                .map(execution -> new Previous(RunParameters.of(execution.getJobParameters()), execution))
                .filter(p -> p.parameters().month().equals(month))
                .max(Comparator.comparingLong(p -> p.parameters().attempt()))
                .orElse(null);
    }

    private Outcome outcome(JobExecution execution) {
        RunParameters run = RunParameters.of(execution.getJobParameters());
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            logFigures(execution.getJobInstanceId());
            log.info("Workbook written: {}", run.workbook());
            return new Outcome(Status.WRITTEN, "Workbook written: " + run.workbook(), run.workbook(), null);
        }
        List<Throwable> failures = execution.getAllFailureExceptions();
        RunAbortedException aborted = findAborted(execution);
        if (aborted != null) {
            return new Outcome(Status.FAILED, aborted.getMessage(), null, aborted);
        }
        Throwable failure = mostTelling(failures);
        Optional<String> known = RunFailures.sentence(failures, run.output().toString());
        if (known.isPresent()) {
            return new Outcome(Status.FAILED, known.get(), null, failure);
        }
        String reason = failure == null ? "status " + execution.getStatus() : reason(failure);
        return new Outcome(Status.FAILED, "The run for " + run.month() + " failed (" + reason
                + "); run the same command again to resume it, or add --debug for details.", null, failure);
    }

    /**
     * A partitioned step fails twice: the file's own step with the reason, then the step that ran
     * the files with "Partition handler returned an unsuccessful step". The reason is what helps.
     */
    private static Throwable mostTelling(List<Throwable> failures) {
        return failures.stream().filter(f -> !String.valueOf(f.getMessage()).startsWith("Partition handler"))
                .findFirst().orElse(failures.isEmpty() ? null : failures.get(0));
    }

    /** A staging failure names the file it was staging; anything else, its root cause. */
    private static String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StagingFailedException staging) {
                return staging.getMessage();
            }
        }
        return rootMessage(failure);
    }

    private static RunAbortedException findAborted(JobExecution execution) {
        for (Throwable failure : execution.getAllFailureExceptions()) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof RunAbortedException aborted) {
                    return aborted;
                }
            }
        }
        return null;
    }

    private static String rootMessage(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private void logFigures(long runId) {
        long read = 0;
        long ranked = 0;
        long leftOut = 0;
        long merged = 0;
        for (FileFigures file : queries.fileFigures(runId, RowsRead.perFile(repository, runId))) {
            if (file.notRead()) {
                log.warn("{}: not read (see Input problems)", file.file());
            } else {
                log.info("{}: {} rows read, {} ranked, {} left out, {} merged as duplicates", file.file(), file.read(),
                        file.ranked(), file.leftOut(), file.merged());
            }
            read += file.read();
            ranked += file.ranked();
            leftOut += file.leftOut();
            merged += file.merged();
        }
        log.info("All files: {} rows read = {} ranked + {} left out + {} merged duplicates", read, ranked, leftOut, merged);
    }
}
