package org.cellcompare.bench;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The start-up floor: the smallest Spring Boot + Spring Batch application with an H2 file job
 * repository, running one job whose one step does nothing. Its time is what any such job pays
 * before it reads a row, so the job's time over it is CellCompare's own.
 *
 * <p>Deliberately not a {@code @Configuration} or {@code @SpringBootApplication}: CellCompare
 * component-scans {@code org.cellcompare} and its tests share this classpath, so a stereotype here
 * would put this job into their contexts. Auto-configuration is enabled on this class alone, and
 * the job comes from an imported plain class, which scanning never sees.
 *
 * <p>Usage: {@code StartupFloor DATABASE_DIR}; the job repository is {@code DATABASE_DIR/startup-floor.mv.db}.
 */
@EnableAutoConfiguration
@Import(StartupFloor.NoOpJob.class)
public class StartupFloor {

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("Usage: StartupFloor DATABASE_DIR");
            System.exit(2);
        }
        Path database = Path.of(args[0]).toAbsolutePath().resolve("startup-floor");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(StartupFloor.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties(Map.of(
                        // no application.yml: CellCompare's, if on the classpath, would add its own schema and settings
                        "spring.config.name", "startup-floor",
                        "spring.main.banner-mode", "off",
                        "logging.level.root", "WARN",
                        "spring.datasource.url", "jdbc:h2:file:" + database,
                        "spring.datasource.username", "sa",
                        "spring.datasource.password", "",
                        // Boot creates the Batch tables only for embedded databases, and an H2 file is not one
                        "spring.batch.jdbc.initialize-schema", "always",
                        "spring.batch.job.enabled", "false"))
                .run();
        Job job = context.getBean(Job.class);
        // a new instance every time: the same parameters twice would be an already complete instance
        JobExecution execution = context.getBean(JobOperator.class)
                .start(job, new JobParametersBuilder().addLong("started", System.nanoTime()).toJobParameters());
        System.exit(SpringApplication.exit(context, () -> execution.getStatus() == BatchStatus.COMPLETED ? 0 : 1));
    }

    /** The job: imported, not scanned; see the class comment. */
    static class NoOpJob {

        @Bean
        Job startupFloorJob(JobRepository jobRepository, Step noOpStep) {
            return new JobBuilder("startupFloorJob", jobRepository).start(noOpStep).build();
        }

        @Bean
        Step noOpStep(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
            return new StepBuilder("noOpStep", jobRepository)
                    .tasklet((contribution, chunkContext) -> RepeatStatus.FINISHED, transactionManager)
                    .build();
        }
    }
}
