package org.cellcompare.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import org.cellcompare.config.CellCompareProperties;
import org.cellcompare.ingest.HeaderMatcher;
import org.cellcompare.ingest.InputProblemStore;
import org.cellcompare.ingest.OfferingFiles;
import org.cellcompare.ingest.OfferingRowReader;
import org.cellcompare.ingest.SheetItem;
import org.cellcompare.normalize.CountryNames;
import org.cellcompare.normalize.CurrencyResolver;
import org.cellcompare.normalize.OfferingNormalizer;
import org.cellcompare.rank.ConcernFlagger;
import org.cellcompare.rank.ConcernScorer;
import org.cellcompare.rank.ConcernSettings;
import org.cellcompare.rank.LongestTexts;
import org.cellcompare.rank.OfferingStore;
import org.cellcompare.rank.OfferingTable;
import org.cellcompare.rank.Ranking;
import org.cellcompare.rates.RateStore;
import org.cellcompare.registry.RegistryStore;
import org.cellcompare.report.MonthChanges;
import org.cellcompare.report.ReportQueries;
import org.cellcompare.report.WorkbookOutput;
import org.cellcompare.report.WorkbookWriter;
import org.cellcompare.update.ReferenceUpdates;

/**
 * The monthly job: load rates, load registry exports, ingest every offering file (one partition
 * per file, rows normalized and staged in chunks, unusable input skipped into Input problems),
 * rank, and write the workbook.
 */
@Configuration(proxyBeanMethods = false)
public class CellCompareJobConfiguration {

    public static final String JOB_NAME = "cellCompareJob";

    @Bean
    Job cellCompareJob(JobRepository jobRepository, Step ratesStep, Step registryStep, Step ingestStep, Step rankStep,
                       Step reportStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(ratesStep).next(registryStep).next(ingestStep).next(rankStep).next(reportStep)
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
    Step ingestStep(JobRepository jobRepository, Step ingestFileStep, OfferingFiles offeringFiles,
                    IngestProgress ingestProgress, UnfinishedChunks unfinishedChunks, JdbcTemplate jdbc,
                    InputProblemStore problemStore, ThreadPoolTaskExecutor ingestThreads, CellCompareProperties properties) {
        SlowestFilesFirst partitions = new SlowestFilesFirst();
        partitions.setStep(ingestFileStep);
        partitions.setTaskExecutor(ingestThreads);
        partitions.setGridSize(properties.ingest().threads());
        return new StepBuilder("ingestStep", jobRepository)
                .listener(new StepExecutionListener() {
                    @Override
                    public void beforeStep(StepExecution stepExecution) {
                        RunParameters run = RunParameters.of(stepExecution.getJobParameters());
                        long runId = stepExecution.getJobExecution().getJobInstanceId();
                        unfinishedChunks.dropOrphans(runId);
                        OfferingTable.continueIds(jdbc, runId);
                        OfferingFiles folder = new OfferingFiles(run.input().resolve(OfferingFiles.FOLDER_NAME));
                        problemStore.replace(runId, OfferingFiles.FOLDER_NAME, folder.entriesNotRead());
                        ingestProgress.start(folder.list());
                    }
                })
                .partitioner("ingestFileStep", offeringFiles)
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
    OfferingFiles offeringFiles(@Value("#{jobParameters['input']}") String input) {
        return new OfferingFiles(Path.of(input).resolve(OfferingFiles.FOLDER_NAME));
    }

    @Bean
    Step ingestFileStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                        OfferingRowReader offeringRowReader, IngestProcessor ingestProcessor, IngestWriter ingestWriter,
                        InputProblemRecorder inputProblemRecorder, RowsReadCounter rowsReadCounter,
                        UnfinishedChunks unfinishedChunks, CellCompareProperties properties) {
        return new StepBuilder("ingestFileStep", jobRepository)
                .<SheetItem, IngestOutcome>chunk(properties.ingest().chunkSize())
                .reader(offeringRowReader)
                .processor(ingestProcessor)
                .writer(ingestWriter)
                .transactionManager(transactionManager)
                .faultTolerant()
                .skipPolicy(new InputSkipPolicy())
                .skipListener(inputProblemRecorder)
                .listener((ChunkListener<SheetItem, IngestOutcome>) rowsReadCounter)
                .listener((ItemReadListener<SheetItem>) rowsReadCounter)
                .listener((StepExecutionListener) rowsReadCounter)
                .listener(new StepExecutionListener() {
                    @Override
                    public void beforeStep(StepExecution stepExecution) {
                        unfinishedChunks.dropUncommitted(stepExecution);
                    }
                })
                .build();
    }

    @Bean
    UnfinishedChunks unfinishedChunks(JdbcTemplate jdbc, JobRepository jobRepository) {
        return new UnfinishedChunks(jdbc, jobRepository);
    }

    @Bean
    @StepScope
    OfferingRowReader offeringRowReader(@Value("#{stepExecutionContext['file']}") String file, HeaderMatcher headers,
                                        CellCompareProperties properties) {
        return new OfferingRowReader(Path.of(file), headers, properties.ingest().headerScanRows());
    }

    @Bean
    @StepScope
    IngestProcessor ingestProcessor(@Value("#{stepExecution}") StepExecution stepExecution, RateStore rateStore,
                                    RegistryStore registryStore, CountryNames countries, CurrencyResolver currencies,
                                    ConcernScorer scorer, CellCompareProperties properties, ConcernSettings concern) {
        long runId = stepExecution.getJobExecution().getJobInstanceId();
        RunParameters run = RunParameters.of(stepExecution.getJobParameters());
        OfferingNormalizer normalizer = new OfferingNormalizer(countries, currencies, rateStore.load(runId),
                registryStore.load(runId), run.currency(), properties.ingest().ambiguousDates(), run.month());
        return new IngestProcessor(normalizer, new ConcernFlagger(concern, run.reportDate()), scorer);
    }

    @Bean
    @StepScope
    IngestWriter ingestWriter(@Value("#{stepExecution.jobExecution.jobInstanceId}") long runId, OfferingStore offeringStore,
                              LongestTexts longestTexts, InputProblemStore problemStore, RowsReadCounter rowsReadCounter) {
        return new IngestWriter(runId, offeringStore, longestTexts, problemStore, rowsReadCounter);
    }

    @Bean
    @StepScope
    InputProblemRecorder inputProblemRecorder(@Value("#{stepExecution.jobExecution.jobInstanceId}") long runId,
                                              @Value("#{stepExecutionContext['file']}") String file,
                                              InputProblemStore problemStore, RowsReadCounter rowsReadCounter) {
        return new InputProblemRecorder(runId, Path.of(file).getFileName().toString(), problemStore, rowsReadCounter);
    }

    @Bean
    @StepScope
    RowsReadCounter rowsReadCounter(@Value("#{stepExecution.jobExecution.jobInstanceId}") long runId,
                                    @Value("#{stepExecutionContext['file']}") String file, JdbcTemplate jdbc,
                                    IngestProgress ingestProgress) {
        return new RowsReadCounter(runId, Path.of(file).getFileName().toString(), jdbc, ingestProgress);
    }

    @Bean
    IngestProgress ingestProgress(CellCompareProperties properties) {
        return new IngestProgress(properties.ingest().progressSeconds());
    }

    @Bean
    Step rankStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, Ranking ranking,
                  ReportQueries queries) {
        return new StepBuilder("rankStep", jobRepository)
                .tasklet(new RankTasklet(ranking, queries), transactionManager)
                .build();
    }

    @Bean
    Step reportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, WorkbookWriter writer,
                    RunStore runStore, ReportQueries queries, ReferenceUpdates referenceUpdates) {
        return new StepBuilder("reportStep", jobRepository)
                .tasklet(new ReportTasklet(writer, runStore, queries, referenceUpdates), transactionManager)
                .build();
    }

    @Bean
    MonthlyRun monthlyRun(JobOperator jobOperator, JobRepository jobRepository, Job cellCompareJob, ReportQueries queries,
                          CellCompareProperties properties, Clock clock) {
        return new MonthlyRun(jobOperator, jobRepository, cellCompareJob, queries, properties, clock);
    }

    @Bean
    WorkbookWriter workbookWriter(ReportQueries queries, InputProblemStore problemStore, RateStore rateStore,
                                  JdbcTemplate jdbc, MessageSource messages, CellCompareProperties properties,
                                  ConcernScorer scorer, WorkbookOutput workbookOutput) {
        return new WorkbookWriter(queries, problemStore, rateStore, new MonthChanges(jdbc), messages, properties, scorer,
                workbookOutput);
    }

    @Bean
    WorkbookOutput workbookOutput() {
        return Files::newOutputStream;
    }

    @Bean
    ReportQueries reportQueries(JdbcTemplate jdbc) {
        return new ReportQueries(jdbc);
    }

    @Bean
    RunStore runStore(JdbcTemplate jdbc) {
        return new RunStore(jdbc);
    }

    @Bean
    RateStore rateStore(JdbcTemplate jdbc) {
        return new RateStore(jdbc);
    }

    @Bean
    RegistryStore registryStore(JdbcTemplate jdbc) {
        return new RegistryStore(jdbc);
    }

    @Bean
    InputProblemStore inputProblemStore(JdbcTemplate jdbc) {
        return new InputProblemStore(jdbc);
    }

    @Bean
    OfferingStore offeringStore(JdbcTemplate jdbc) {
        return new OfferingStore(jdbc);
    }

    @Bean
    ReferenceUpdates referenceUpdates(CellCompareProperties properties) {
        return new ReferenceUpdates(properties);
    }

    @Bean
    LongestTexts longestTexts(JdbcTemplate jdbc) {
        return new LongestTexts(jdbc);
    }

    @Bean
    Ranking ranking(JdbcTemplate jdbc, ConcernScorer scorer, ConcernSettings concern) {
        return new Ranking(jdbc, scorer, concern);
    }

    @Bean
    ConcernScorer concernScorer(ConcernSettings concern) {
        return new ConcernScorer(concern);
    }

    @Bean
    HeaderMatcher headerMatcher() {
        return new HeaderMatcher();
    }

    @Bean
    CountryNames countryNames() {
        return new CountryNames();
    }

    @Bean
    CurrencyResolver currencyResolver() {
        return new CurrencyResolver();
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
