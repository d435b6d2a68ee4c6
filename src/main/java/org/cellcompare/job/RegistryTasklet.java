package org.cellcompare.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.cellcompare.ingest.InputProblemStore;
import org.cellcompare.registry.RegistryStore;
import org.cellcompare.registry.TrialRegistryExport;

/** Loads the registry exports in {@code input/registry/}, if any, for checking the trials offerings cite. */
class RegistryTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(RegistryTasklet.class);

    private final RegistryStore registry;
    private final InputProblemStore problems;

    RegistryTasklet(RegistryStore registry, InputProblemStore problems) {
        this.registry = registry;
        this.problems = problems;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        long runId = RunSteps.runId(contribution);
        RunParameters run = RunSteps.parameters(contribution);
        TrialRegistryExport export = TrialRegistryExport.load(run.registryFolder());
        registry.replace(runId, export.records());
        problems.replace(runId, "registry", export.problems());
        if (export.isEmpty()) {
            log.info("Registry: no ClinicalTrials.gov export in {}; NCT numbers will show as not checked", run.registryFolder());
        } else {
            log.info("Registry: {} studies from {}", export.records().size(), export.files());
        }
        return RepeatStatus.FINISHED;
    }
}
