package org.cellcompare.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * Which run to report, for which month and currency, from which input, where the workbook goes,
 * and what this run's downloads did.
 */
public record ReportContext(long runId, YearMonth month, LocalDate reportDate, String currency, Locale locale,
                            long attempt, Path input, Path workbook, Path workFolder, Downloads downloads) {
}
