package org.cellcompare.job;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

import org.cellcompare.config.CellCompareProperties;

/**
 * What a run uses besides its steps: the clock that dates it, the progress line of its reading,
 * and the threads that work beside a step's own (building the rank index while ranking, reading
 * rows and compressing sheets while the workbook is written).
 */
@Configuration(proxyBeanMethods = false)
class RunConfiguration {

    @Bean
    IngestProgress ingestProgress(CellCompareProperties properties) {
        return new IngestProgress(properties.ingest().progressSeconds());
    }

    /**
     * A thread for each task, as each one waits on the step's thread: a pool that queued one would
     * leave both waiting. Daemons, so that a run stopped part way never waits for them to end.
     */
    @Bean
    SimpleAsyncTaskExecutor backgroundThreads() {
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("background-");
        threads.setDaemon(true);
        return threads;
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
