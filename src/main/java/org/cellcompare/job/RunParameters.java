package org.cellcompare.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * What identifies a monthly run: the month, the input folder, the reporting currency, the
 * workbook's language and the attempt (a re-run of a finished month is a new attempt). The report date and output folder
 * travel along without identifying it, so a restart after a crash resumes the same run.
 */
public record RunParameters(YearMonth month, Path input, Path output, String currency, String language, long attempt,
                            LocalDate reportDate) {

    static final String MONTH = "month";
    static final String INPUT = "input";
    static final String OUTPUT = "output";
    static final String CURRENCY = "currency";
    static final String LANGUAGE = "language";
    static final String ATTEMPT = "attempt";
    static final String REPORT_DATE = "reportDate";

    public JobParameters toJobParameters() {
        return new JobParametersBuilder()
                .addString(MONTH, month.toString())
                .addString(INPUT, input.toAbsolutePath().normalize().toString())
                .addString(CURRENCY, currency)
                .addString(LANGUAGE, language)
                .addLong(ATTEMPT, attempt)
                .addString(OUTPUT, output.toAbsolutePath().normalize().toString(), false)
                .addLocalDate(REPORT_DATE, reportDate, false)
                .toJobParameters();
    }

    public static RunParameters of(JobParameters parameters) {
        return new RunParameters(YearMonth.parse(parameters.getString(MONTH)), Path.of(parameters.getString(INPUT)),
                Path.of(parameters.getString(OUTPUT)), parameters.getString(CURRENCY),
                parameters.getString(LANGUAGE, "en"), parameters.getLong(ATTEMPT),
                parameters.getLocalDate(REPORT_DATE));
    }

    /**
     * The day the report speaks for: the month's last day, or today for the current month. Rates
     * are taken as of this day.
     */
    public static LocalDate reportDate(YearMonth month, LocalDate today) {
        LocalDate end = month.atEndOfMonth();
        return end.isAfter(today) ? today : end;
    }

    public Path offeringsFolder() {
        return input.resolve("offerings");
    }

    public Path ratesFolder() {
        return input.resolve("rates");
    }

    public Path registryFolder() {
        return input.resolve("registry");
    }

    public Path workbook() {
        return output.resolve("cellcompare-" + month + ".xlsx");
    }

    /** The same report as a web page, beside the workbook. */
    public Path page() {
        return output.resolve("cellcompare-" + month + ".html");
    }
}
