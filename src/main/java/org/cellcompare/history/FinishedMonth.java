package org.cellcompare.history;

import java.time.YearMonth;

/** A month whose run finished and wrote its workbook, and the run that did: a re-run replaces the earlier. */
public record FinishedMonth(YearMonth month, long runId) {

    /** As the list of finished months beside the history keeps it: {@code 2026-11 7}. */
    String line() {
        return month + " " + runId;
    }

    static FinishedMonth parse(String line) {
        String[] parts = line.strip().split("\\s+");
        return new FinishedMonth(YearMonth.parse(parts[0]), Long.parseLong(parts[1]));
    }
}
