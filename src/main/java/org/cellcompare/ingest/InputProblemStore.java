package org.cellcompare.ingest;

import java.sql.Types;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.cellcompare.text.Texts;

/** The Input problems of a run, kept in the database so a restarted run still has them. */
@Component
public class InputProblemStore {

    /** Standard SQL, which H2 and PostgreSQL both run: a problem found again is already there. */
    private static final String MERGE = "MERGE INTO cc_input_problem t USING (VALUES (CAST(? AS BIGINT), ?, ?, ?, CAST(? AS INTEGER), ?, ?, ?, ?, ?))"
            + " AS v (run_id, problem_key, file, sheet, row_num, column_name, cell_value, reason, fix, outcome)"
            + " ON t.run_id = v.run_id AND t.problem_key = v.problem_key"
            + " WHEN NOT MATCHED THEN INSERT (run_id, problem_key, file, sheet, row_num, column_name, cell_value, reason, fix,"
            + " outcome) VALUES (v.run_id, v.problem_key, v.file, v.sheet, v.row_num, v.column_name, v.cell_value, v.reason,"
            + " v.fix, v.outcome)";

    private final JdbcTemplate jdbc;

    public InputProblemStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The problems of a reference folder (rates, registry), in place of any an earlier attempt at
     * reading it left: a step that reads the folder again after a kill finds them all again.
     */
    public void replace(long runId, String folder, List<InputProblem> problems) {
        jdbc.update("DELETE FROM cc_input_problem WHERE run_id = ? AND file LIKE ?", runId, folder + "/%");
        save(runId, problems);
    }

    /**
     * Saves problems once each, however often they are saved: a run resumed after a kill reads
     * again the rows of a chunk that never committed, and finds their problems again.
     */
    public void save(long runId, List<InputProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(MERGE, problems, problems.size(), (ps, p) -> {
            ps.setLong(1, runId);
            ps.setString(2, ProblemKey.of(p));
            ps.setString(3, p.file());
            ps.setString(4, p.sheet());
            ps.setObject(5, p.row(), Types.INTEGER);
            ps.setString(6, Texts.fit(p.column(), Texts.MAX_CELL_TEXT));
            ps.setString(7, Texts.fit(p.value(), 2_000));
            ps.setString(8, Texts.fit(p.reason(), Texts.MAX_CELL_TEXT));
            ps.setString(9, Texts.fit(p.fix(), Texts.MAX_CELL_TEXT));
            ps.setString(10, p.outcome().name());
        });
    }

    /** Every problem of the run, ordered by file, sheet and row, as the sheet shows them; streamed, not held. */
    public void forEach(long runId, Consumer<InputProblem> consumer) {
        jdbc.query("SELECT file, sheet, row_num, column_name, cell_value, reason, fix, outcome FROM cc_input_problem"
                        + " WHERE run_id = ? ORDER BY file, sheet NULLS FIRST, row_num NULLS FIRST, id",
                rs -> {
                    consumer.accept(new InputProblem(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                            InputProblem.Outcome.valueOf(rs.getString(8))));
                }, runId);
    }
}
