package org.cellcompare.job;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.cellcompare.ingest.InputProblemStore;
import org.cellcompare.rates.ExchangeRates;
import org.cellcompare.rates.RateStore;
import org.cellcompare.rates.RatesFolder;

/** Loads the exchange rates in force on the report date; without a rate for the reporting currency the run stops. */
class RatesTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(RatesTasklet.class);

    private final RunStore runs;
    private final RateStore rates;
    private final InputProblemStore problems;
    private final int maxAgeDays;
    private final Supplier<Optional<String>> downloadFailure;

    /** {@code downloadFailure}: why this run's --update-rates failed, if it did; its advice is not given again. */
    RatesTasklet(RunStore runs, RateStore rates, InputProblemStore problems, int maxAgeDays,
                 Supplier<Optional<String>> downloadFailure) {
        this.runs = runs;
        this.rates = rates;
        this.problems = problems;
        this.maxAgeDays = maxAgeDays;
        this.downloadFailure = downloadFailure;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        long runId = RunSteps.runId(contribution);
        RunParameters run = RunSteps.parameters(contribution);
        runs.begin(runId, run);
        RatesFolder.Result result = RatesFolder.read(run.ratesFolder(), run.reportDate());
        ExchangeRates found = result.rates();
        if (!found.covers(run.currency())) {
            throw new RunAbortedException(result.whyNoRate(run.currency()));
        }
        rates.replace(runId, found.all());
        problems.replace(runId, "rates", result.problems());
        LocalDate ecbDate = found.newestDate(RatesFolder.ECB_SOURCE);
        log.info("Exchange rates: {} currencies from {}, ECB rates of {}", found.all().size(), result.filesRead(), ecbDate);
        if (ecbDate == null || ChronoUnit.DAYS.between(ecbDate, run.reportDate()) > maxAgeDays) {
            Optional<String> failure = downloadFailure.get();
            if (failure.isPresent()) {
                log.warn("Downloading new exchange rates failed because {}, so the rates were last updated to the ECB's of {}, more"
                        + " than {} days before the report date {}: try --update-rates again once the ECB can be reached, or"
                        + " drop its latest eurofxref-hist.zip into {}.", failure.get(), ecbDate, maxAgeDays, run.reportDate(),
                        run.ratesFolder());
            } else {
                log.warn("The newest ECB exchange rates are from {}, more than {} days before the report date {}: run with "
                        + "--update-rates, or drop the ECB's latest eurofxref-hist.zip into {}.", ecbDate, maxAgeDays,
                        run.reportDate(), run.ratesFolder());
            }
        }
        return RepeatStatus.FINISHED;
    }
}
