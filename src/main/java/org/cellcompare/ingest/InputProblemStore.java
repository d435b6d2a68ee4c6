package org.cellcompare.ingest;

import java.sql.Types;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;

import org.cellcompare.text.Texts;

/** The Input problems of a run, kept in the database so a restarted run still has them. */
public class InputProblemStore {

    private static final String INSERT = "INSERT INTO cc_input_problem"
            + " (run_id, file, sheet, row_num, column_name, cell_value, reason, fix, outcome, read_from)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

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
        save(runId, null, problems);
    }

    /**
     * Problems found by a chunk of an offering file, tagged with where the chunk began reading, so
     * that a resumed run can drop those of a chunk that never committed.
     */
    public void save(long runId, Long readFrom, List<InputProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(INSERT, problems, problems.size(), (ps, p) -> {
            ps.setLong(1, runId);
            ps.setString(2, p.file());
            ps.setString(3, p.sheet());
            ps.setObject(4, p.row());
            ps.setString(5, Texts.fit(p.column(), Texts.MAX_CELL_TEXT));
            ps.setString(6, Texts.fit(p.value(), 2_000));
            ps.setString(7, Texts.fit(p.reason(), Texts.MAX_CELL_TEXT));
            ps.setString(8, Texts.fit(p.fix(), Texts.MAX_CELL_TEXT));
            ps.setString(9, p.outcome().name());
            ps.setObject(10, readFrom, Types.BIGINT);
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
