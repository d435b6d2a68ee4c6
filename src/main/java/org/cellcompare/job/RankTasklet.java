package org.cellcompare.job;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.cellcompare.rank.Ranking;
import org.cellcompare.report.ReportQueries;

/**
 * Merges duplicates and flags price outliers; every offering was banded as it was staged.
 * Ranking writes its changes beside the ranked rows, not over them, so the index the ranked sheets
 * are read in is built at the same time, on a connection and a thread of its own; the index is
 * the longer of the two (docs/performance.md, "Where the time goes").
 */
class RankTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(RankTasklet.class);

    private final Ranking ranking;
    private final ReportQueries queries;
    private final Executor threads;

    RankTasklet(Ranking ranking, ReportQueries queries, Executor threads) {
        this.ranking = ranking;
        this.queries = queries;
        this.threads = threads;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long runId = RunSteps.runId(contribution);
        log.info("Ranking: merging duplicates and looking for price outliers");
        CompletableFuture<Void> rankOrder = CompletableFuture.runAsync(() -> queries.prepareRankOrder(runId), threads);
        Ranking.Result result;
        try {
            result = ranking.rank(runId);
        } catch (RuntimeException e) {
            awaitQuietly(rankOrder, e);
            throw e;
        }
        await(rankOrder);
        log.info("Ranking: {} duplicate rows merged into {} offerings; median clinic course cost {}; {} price outliers",
                result.merged(), result.duplicateGroups(), result.clinicMedian(), result.outliers());
        return RepeatStatus.FINISHED;
    }

    private static void await(CompletableFuture<Void> rankOrder) {
        try {
            rankOrder.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Lets the index finish before a failed ranking rolls back, so the step never ends with a thread still at work. */
    private static void awaitQuietly(CompletableFuture<Void> rankOrder, RuntimeException failure) {
        try {
            await(rankOrder);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
