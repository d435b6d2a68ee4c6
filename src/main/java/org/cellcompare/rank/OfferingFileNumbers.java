package org.cellcompare.rank;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Numbers a run's offering files, once each: a file keeps its number when a stopped run resumes,
 * and a file added before it resumes gets the next one, so no two files ever share the ids their
 * rows are staged under ({@link OfferingTable#id}).
 */
@Component
public class OfferingFileNumbers {

    private final JdbcTemplate jdbc;

    public OfferingFileNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The file's number in the run, given now if it has none. Files are numbered one at a time. */
    public synchronized int numberOf(long runId, String file) {
        List<Integer> known = jdbc.queryForList("SELECT file_no FROM cc_offering_file WHERE run_id = ? AND file = ?",
                Integer.class, runId, file);
        if (!known.isEmpty()) {
            return known.get(0);
        }
        Integer highest = jdbc.queryForObject("SELECT MAX(file_no) FROM cc_offering_file WHERE run_id = ?", Integer.class, runId);
        int next = highest == null ? 1 : highest + 1;
        jdbc.update("INSERT INTO cc_offering_file (run_id, file, file_no) VALUES (?, ?, ?)", runId, file, next);
        return next;
    }
}
