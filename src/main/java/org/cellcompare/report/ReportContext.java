package org.cellcompare.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;

/**
 * Which run to report, for which month and currency, from which input, where the workbook and the
 * web page go, what this run's downloads did, and the data rows each offering file's reader handed on.
 */
public record ReportContext(long runId, YearMonth month, LocalDate reportDate, String currency, Locale locale,
                            long attempt, Path input, Path workbook, Path page, Path workFolder, Downloads downloads,
                            Map<String, Long> rowsRead) {
}
