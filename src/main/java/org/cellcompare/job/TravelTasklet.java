package org.cellcompare.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.cellcompare.ingest.InputProblemStore;
import org.cellcompare.normalize.CountryNames;
import org.cellcompare.travel.TravelCosts;
import org.cellcompare.travel.TravelCountries;
import org.cellcompare.travel.TravelFolder;
import org.cellcompare.travel.TravelStore;

/**
 * Loads the stay and travel costs in {@code input/travel/}, if any, for the trip estimates.
 * Without a usable per diem file the month goes on, without estimates.
 */
class TravelTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(TravelTasklet.class);

    private final TravelStore travel;
    private final InputProblemStore problems;
    private final TravelCountries departmentNames;
    private final CountryNames countries;

    TravelTasklet(TravelStore travel, InputProblemStore problems, TravelCountries departmentNames, CountryNames countries) {
        this.travel = travel;
        this.problems = problems;
        this.departmentNames = departmentNames;
        this.countries = countries;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        long runId = RunSteps.runId(contribution);
        RunParameters run = RunSteps.parameters(contribution);
        TravelFolder.Result read = TravelFolder.read(run.input(), departmentNames, countries);
        TravelCosts costs = read.costs();
        travel.replace(runId, costs, run.reportDate());
        problems.replace(runId, TravelFolder.NAME, read.problems());
        if (costs.perDiem() == null) {
            log.warn("Stay costs: no usable State Department per diem file in {}, so offerings get no trip estimate",
                    run.input().resolve(TravelFolder.NAME));
        } else {
            log.info("Stay costs: per diem rates published {} from {}; flights: {}", costs.published(), costs.perDiem().file(),
                    costs.flightsFile() == null ? "not included" : costs.flights().size() + " fares from " + costs.flightsFile());
        }
        return RepeatStatus.FINISHED;
    }
}
