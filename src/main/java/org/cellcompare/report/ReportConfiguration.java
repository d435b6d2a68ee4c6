package org.cellcompare.report;

import java.nio.file.Files;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.thymeleaf.ITemplateEngine;

import org.cellcompare.config.CellCompareProperties;
import org.cellcompare.ingest.InputProblemStore;
import org.cellcompare.rank.ConcernScorer;
import org.cellcompare.rates.RateStore;
import org.cellcompare.travel.TravelStore;

/**
 * The workbook writer, with Boot's Thymeleaf engine for the web page, and where both write: a file,
 * unless a test puts something else there.
 */
@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

    @Bean
    WorkbookWriter workbookWriter(ReportQueries queries, InputProblemStore problemStore, RateStore rateStore,
                                  TravelStore travelStore, JdbcTemplate jdbc, MessageSource messages,
                                  CellCompareProperties properties, ConcernScorer scorer, WorkbookOutput workbookOutput,
                                  ITemplateEngine templates, TaskExecutor backgroundThreads) {
        return new WorkbookWriter(queries, problemStore, rateStore, travelStore, new MonthChanges(jdbc), messages, properties,
                scorer, workbookOutput, new PageWriter(templates, workbookOutput), backgroundThreads);
    }

    @Bean
    WorkbookOutput workbookOutput() {
        return Files::newOutputStream;
    }
}
