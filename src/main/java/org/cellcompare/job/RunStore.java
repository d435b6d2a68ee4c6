package org.cellcompare.job;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.cellcompare.rank.OfferingTable;

/** One row per run: which month it reports, when it started and finished. */
@Component
class RunStore {

    private static final List<String> STAGING_TABLES = List.of("cc_input_problem", "cc_offering_file", "cc_text_length",
            "cc_rate", "cc_registry_record", "cc_stay_rate", "cc_flight_fare");

    private final JdbcTemplate jdbc;

    RunStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void begin(long runId, RunParameters run) {
        jdbc.update("DELETE FROM cc_run WHERE run_id = ?", runId);
        jdbc.update("INSERT INTO cc_run (run_id, run_month, report_date, reporting_currency, started_at) VALUES (?, ?, ?, ?, ?)",
                runId, run.month().toString(), run.reportDate(), run.currency(), Timestamp.valueOf(LocalDateTime.now()));
        OfferingTable.create(jdbc, runId);
    }

    /**
     * Marks the run finished and drops the staging of any other run of the same month, which was
     * either replaced by this one (a re-run) or abandoned (a failed run with other options).
     */
    void finish(long runId, RunParameters run) {
        jdbc.update("UPDATE cc_run SET finished_at = ? WHERE run_id = ?", Timestamp.valueOf(LocalDateTime.now()), runId);
        List<Long> replaced = jdbc.queryForList("SELECT run_id FROM cc_run WHERE run_month = ? AND run_id <> ?", Long.class,
                run.month().toString(), runId);
        for (Long old : replaced) {
            STAGING_TABLES.forEach(table -> jdbc.update("DELETE FROM " + table + " WHERE run_id = ?", old));
            OfferingTable.drop(jdbc, old);
            jdbc.update("DELETE FROM cc_run WHERE run_id = ?", old);
        }
    }
}
