package org.cellcompare.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.cellcompare.rank.Ranking;

/** Merges duplicates and flags price outliers; every offering was banded as it was staged. */
class RankTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(RankTasklet.class);

    private final Ranking ranking;

    RankTasklet(Ranking ranking) {
        this.ranking = ranking;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        log.info("Ranking: merging duplicates and looking for price outliers");
        Ranking.Result result = ranking.rank(RunSteps.runId(contribution));
        log.info("Ranking: {} duplicate rows merged into {} offerings; median clinic course cost {}; {} price outliers",
                result.merged(), result.duplicateGroups(), result.clinicMedian(), result.outliers());
        return RepeatStatus.FINISHED;
    }
}
