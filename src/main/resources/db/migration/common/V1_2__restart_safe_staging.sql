-- Staging that a resumed run can write again without counting anything twice: every write is
-- keyed on the run, the file and the row, and Spring Batch's own counts say what was read.

-- Each offering file of a run has a number, the high part of its staged offerings' ids, so that a
-- row staged again after a kill gets the id it had; and ranking's tallies of what it staged and
-- merged, which the reconciliation holds against Spring Batch's counts. The rows read that
-- cc_file_read kept are Spring Batch's to count now.
CREATE TABLE cc_offering_file (
    run_id BIGINT NOT NULL,
    file VARCHAR NOT NULL,
    file_no INTEGER NOT NULL,
    rows_staged BIGINT DEFAULT 0 NOT NULL,
    rows_merged BIGINT DEFAULT 0 NOT NULL,
    PRIMARY KEY (run_id, file),
    UNIQUE (run_id, file_no)
);
DROP TABLE cc_file_read;

-- A problem is keyed by where it is and what it says (a SHA-256 of file, sheet, row, column,
-- value, reason and outcome), so finding it again changes nothing; id only keeps the order they
-- were found in. Problems kept from before get a key of their own. The key becomes the primary
-- key in V1_3, whose SQL differs between H2 and PostgreSQL.
ALTER TABLE cc_input_problem ADD COLUMN problem_key VARCHAR(64);
UPDATE cc_input_problem SET problem_key = 'before-1.2:' || CAST(id AS VARCHAR(20));
ALTER TABLE cc_input_problem ALTER COLUMN problem_key SET NOT NULL;
ALTER TABLE cc_input_problem DROP COLUMN read_from;
