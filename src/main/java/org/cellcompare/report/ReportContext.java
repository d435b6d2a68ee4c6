package org.cellcompare.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

/** Which run to report, for which month and currency, and where the workbook goes. */
public record ReportContext(long runId, YearMonth month, LocalDate reportDate, String currency, Path workbook,
                            Path workFolder) {
}
