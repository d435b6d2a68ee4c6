package org.cellcompare.job;

import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import org.cellcompare.config.CellCompareProperties;
import org.cellcompare.ingest.HeaderMatcher;
import org.cellcompare.ingest.InputProblemStore;
import org.cellcompare.ingest.OfferingFiles;
import org.cellcompare.ingest.OfferingRowReader;
import org.cellcompare.ingest.RawRow;
import org.cellcompare.normalize.CountryNames;
import org.cellcompare.normalize.CurrencyResolver;
import org.cellcompare.normalize.OfferingNormalizer;
import org.cellcompare.rank.ConcernFlagger;
import org.cellcompare.rank.ConcernScorer;
import org.cellcompare.rank.ConcernSettings;
import org.cellcompare.rank.LongestTexts;
import org.cellcompare.rank.OfferingFileNumbers;
import org.cellcompare.rank.OfferingStore;
import org.cellcompare.rank.Ranking;
import org.cellcompare.rank.StagedOffering;
import org.cellcompare.rates.ExchangeRates;
import org.cellcompare.rates.RateStore;
import org.cellcompare.registry.RegistryStore;
import org.cellcompare.report.ReportQueries;
import org.cellcompare.report.WorkbookWriter;
import org.cellcompare.travel.TravelCountries;
import org.cellcompare.travel.TravelStore;
import org.cellcompare.travel.TripEstimator;
import org.cellcompare.update.ReferenceUpdates;

/**
 * The monthly job: load rates, registry exports, and stay and travel costs, ingest every offering
 * file (one partition per file, rows normalized, their trips estimated and staged in chunks,
 * unusable input skipped into Input problems), rank, and write the workbook. Only the job's
 * steps and their readers, processors, writers and listeners are defined here; what they use is
 * defined with its own stage.
 */
@Configuration(proxyBeanMethods = false)
public class CellCompareJobConfiguration {

    public static final String JOB_NAME = "cellCompareJob";
    static final String FILE_STEP_NAME = "ingestFileStep";

    @Bean
    Job cellCompareJob(JobRepository jobRepository, Step ratesStep, Step registryStep, Step travelStep, Step ingestStep,
                       Step rankStep, Step reportStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(ratesStep).next(registryStep).next(travelStep).next(ingestStep).next(rankStep).next(reportStep)
                .build();
    }

    @Bean
    Step ratesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, RunStore runStore,
                   RateStore rateStore, InputProblemStore problemStore, CellCompareProperties properties,
                   ReferenceUpdates referenceUpdates) {
        return new StepBuilder("ratesStep", jobRepository)
                .tasklet(new RatesTasklet(runStore, rateStore, problemStore, properties.rates().maxAgeDays(),
                        referenceUpdates::ratesFailure), transactionManager)
                .build();
    }

    @Bean
    Step registryStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                      RegistryStore registryStore, InputProblemStore problemStore) {
        return new StepBuilder("registryStep", jobRepository)
                .tasklet(new RegistryTasklet(registryStore, problemStore), transactionManager)
                .build();
    }

    @Bean
    Step travelStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, TravelStore travelStore,
                    InputProblemStore problemStore, TravelCountries departmentNames, CountryNames countries) {
        return new StepBuilder("travelStep", jobRepository)
                .tasklet(new TravelTasklet(travelStore, problemStore, departmentNames, countries), transactionManager)
                .build();
    }

    @Bean
    Step ingestStep(JobRepository jobRepository, Step ingestFileStep, NumberedOfferingFiles offeringFiles,
                    InputProblemStore problemStore, IngestProgress ingestProgress, ThreadPoolTaskExecutor ingestThreads,
                    CellCompareProperties properties) {
        SlowestFilesFirst partitions = new SlowestFilesFirst();
        partitions.setStep(ingestFileStep);
        partitions.setTaskExecutor(ingestThreads);
        partitions.setGridSize(properties.ingest().threads());
        return new StepBuilder("ingestStep", jobRepository)
                .listener(new IngestStart(problemStore, ingestProgress))
                .partitioner(FILE_STEP_NAME, offeringFiles)
                .partitionHandler(partitions)
                .build();
    }

    /**
     * The threads files are read on. A pool queues the files it has no thread for yet; a throttled
     * executor made the partitioning thread wait for a permit instead, and a worker that ran out of
     * memory before giving its permit back left it waiting for ever.
     */
    @Bean
    ThreadPoolTaskExecutor ingestThreads(CellCompareProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(properties.ingest().threads());
        executor.setMaxPoolSize(properties.ingest().threads());
        executor.setThreadNamePrefix("ingest-");
        return executor;
    }

    @Bean
    @StepScope
    NumberedOfferingFiles offeringFiles(@Value("#{jobParameters['input']}") String input,
                                        @Value("#{stepExecution.jobExecution.jobInstanceId}") long runId,
                                        OfferingFileNumbers numbers) {
        return new NumberedOfferingFiles(new OfferingFiles(Path.of(input).resolve(OfferingFiles.FOLDER_NAME)), numbers, runId);
    }

    @Bean
    Step ingestFileStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                        OfferingRowReader offeringRowReader, IngestProcessor ingestProcessor, IngestWriter ingestWriter,
                        InputProblemRecorder inputProblemRecorder, FileProgress fileProgress,
                        CellCompareProperties properties) {
        return new StepBuilder(FILE_STEP_NAME, jobRepository)
                .<RawRow, StagedOffering>chunk(properties.ingest().chunkSize())
                .reader(offeringRowReader)
                .processor(ingestProcessor)
                .writer(ingestWriter)
                .transactionManager(transactionManager)
                .faultTolerant()
                .skipPolicy(new InputSkipPolicy())
                .skipListener(inputProblemRecorder)
                .listener((ItemReadListener<RawRow>) fileProgress)
                .listener((ChunkListener<RawRow, StagedOffering>) fileProgress)
                .listener((StepExecutionListener) fileProgress)
                .build();
    }

    /** Notes about the file (a sheet passed over, a column not known) go straight to Input problems. */
    @Bean
    @StepScope
    OfferingRowReader offeringRowReader(@Value("#{stepExecutionContext['file']}") String file,
                                        @Value("#{stepExecution.jobExecution.jobInstanceId}") long runId,
                                        HeaderMatcher headers, InputProblemStore problemStore,
                                        CellCompareProperties properties) {
        return new OfferingRowReader(Path.of(file), headers, properties.ingest().headerScanRows(),
                note -> problemStore.save(runId, List.of(note)));
    }

    @Bean
    @StepScope
    IngestProcessor ingestProcessor(@Value("#{stepExecution}") StepExecution stepExecution, RateStore rateStore,
                                    RegistryStore registryStore, TravelStore travelStore, CountryNames countries,
                                    CurrencyResolver currencies, ConcernScorer scorer, CellCompareProperties properties,
                                    ConcernSettings concern) {
        long runId = stepExecution.getJobExecution().getJobInstanceId();
        RunParameters run = RunParameters.of(stepExecution.getJobParameters());
        ExchangeRates rates = rateStore.load(runId);
        OfferingNormalizer normalizer = new OfferingNormalizer(countries, currencies, rates, registryStore.load(runId),
                run.currency(), properties.ingest().ambiguousDates(), run.month());
        TripEstimator trips = new TripEstimator(travelStore.load(runId), rates, run.currency(), run.reportDate(),
                new TripEstimator.Party(properties.travel().travellers(), properties.travel().travelDays()));
        return new IngestProcessor(normalizer, trips, new ConcernFlagger(concern, run.reportDate()), scorer);
    }

    @Bean
    @StepScope
    IngestWriter ingestWriter(@Value("#{stepExecution.jobExecution.jobInstanceId}") long runId,
                              @Value("#{stepExecutionContext['" + NumberedOfferingFiles.NUMBER_KEY + "']}") int fileNumber,
                              OfferingStore offeringStore, LongestTexts longestTexts, InputProblemStore problemStore) {
        return new IngestWriter(runId, fileNumber, offeringStore, longestTexts, problemStore);
    }

    @Bean
    @StepScope
    InputProblemRecorder inputProblemRecorder(@Value("#{stepExecution.jobExecution.jobInstanceId}") long runId,
                                              @Value("#{stepExecutionContext['file']}") String file,
                                              InputProblemStore problemStore) {
        return new InputProblemRecorder(runId, Path.of(file).getFileName().toString(), problemStore);
    }

    @Bean
    @StepScope
    FileProgress fileProgress(@Value("#{stepExecutionContext['file']}") String file, IngestProgress ingestProgress) {
        return new FileProgress(Path.of(file).getFileName().toString(), ingestProgress);
    }

    @Bean
    Step rankStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, Ranking ranking,
                  ReportQueries queries, TaskExecutor backgroundThreads) {
        return new StepBuilder("rankStep", jobRepository)
                .tasklet(new RankTasklet(ranking, queries, backgroundThreads), transactionManager)
                .build();
    }

    @Bean
    Step reportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, WorkbookWriter writer,
                    RunStore runStore, ReportQueries queries, ReferenceUpdates referenceUpdates) {
        return new StepBuilder("reportStep", jobRepository)
                .tasklet(new ReportTasklet(writer, runStore, queries, referenceUpdates, jobRepository), transactionManager)
                .build();
    }
}
