package org.cellcompare.registry;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.cellcompare.text.Texts;

/** The registry export of a run, saved once by the registry step and read when checking offerings. */
@Component
public class RegistryStore {

    private final JdbcTemplate jdbc;

    public RegistryStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void replace(long runId, List<TrialRecord> records) {
        jdbc.update("DELETE FROM cc_registry_record WHERE run_id = ?", runId);
        jdbc.batchUpdate("INSERT INTO cc_registry_record (run_id, trial_id, title, url, status, conditions, phases,"
                + " enrollment, sponsor, export_file) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", records, 500, (ps, r) -> {
                    ps.setLong(1, runId);
                    ps.setString(2, r.id());
                    ps.setString(3, Texts.fit(r.title(), Texts.MAX_CELL_TEXT));
                    ps.setString(4, Texts.fit(r.url(), TrialRecord.MAX_URL_LENGTH));
                    ps.setString(5, Texts.fit(r.status(), TrialRecord.MAX_STATUS_LENGTH));
                    ps.setString(6, Texts.fit(r.conditions(), Texts.MAX_CELL_TEXT));
                    ps.setString(7, Texts.fit(r.phases(), TrialRecord.MAX_PHASES_LENGTH));
                    ps.setObject(8, r.enrollment());
                    ps.setString(9, Texts.fit(r.sponsor(), Texts.MAX_CELL_TEXT));
                    ps.setString(10, r.exportFile());
                });
    }

    public TrialRegistryExport load(long runId) {
        return TrialRegistryExport.of(jdbc.query("SELECT trial_id, title, url, status, conditions, phases, enrollment,"
                        + " sponsor, export_file FROM cc_registry_record WHERE run_id = ? ORDER BY trial_id",
                (rs, i) -> new TrialRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), (Integer) rs.getObject(7), rs.getString(8), rs.getString(9)),
                runId));
    }
}
