package org.cellcompare.history;

import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** What the run history database says was run: the months whose runs finished. */
public class RunHistory {

    private final JdbcTemplate jdbc;

    public RunHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<FinishedMonth> finishedMonths() {
        return jdbc.query("SELECT run_month, run_id FROM cc_run WHERE finished_at IS NOT NULL ORDER BY run_month, run_id",
                (rs, i) -> new FinishedMonth(YearMonth.parse(rs.getString(1)), rs.getLong(2)));
    }
}
