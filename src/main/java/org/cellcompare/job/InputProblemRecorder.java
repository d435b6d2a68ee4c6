package org.cellcompare.job;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.SkipListener;

import org.cellcompare.ingest.InputProblem;
import org.cellcompare.ingest.InputProblemException;
import org.cellcompare.ingest.InputProblemStore;
import org.cellcompare.ingest.RawRow;
import org.cellcompare.rank.StagedOffering;

/**
 * Where skipped input lands: every row or file the ingest step skips becomes an Input problems
 * entry, written in the same transaction as the chunk, so nothing skipped is ever lost.
 */
class InputProblemRecorder implements SkipListener<RawRow, StagedOffering> {

    private static final Logger log = LoggerFactory.getLogger(InputProblemRecorder.class);

    private final long runId;
    private final String file;
    private final InputProblemStore problems;

    InputProblemRecorder(long runId, String file, InputProblemStore problems) {
        this.runId = runId;
        this.file = file;
        this.problems = problems;
    }

    @Override
    public void onSkipInRead(Throwable t) {
        InputProblem problem = t instanceof InputProblemException e ? e.problem()
                : InputProblem.forFile(file, "The file could not be read because of an unexpected error (" + t + ").",
                        "Report this to the CellCompare maintainers with the file; meanwhile save it again as .xlsx.");
        log.warn("{}: not read: {}", file, problem.reason());
        log.debug("{}: read failure", file, t);
        problems.save(runId, List.of(problem));
    }

    @Override
    public void onSkipInProcess(RawRow row, Throwable t) {
        InputProblem problem;
        if (t instanceof InputProblemException e) {
            problem = e.problem();
        } else {
            log.warn("{}: a row could not be processed ({}); add --debug for details", row.location(), t.toString());
            log.debug("{}: processing failure", file, t);
            problem = new InputProblem(file, row.sheet(), row.row(), null, null,
                    "This row could not be processed because of an unexpected error (" + t + ").",
                    "Report this to the CellCompare maintainers with the file.", InputProblem.Outcome.ROW_LEFT_OUT);
        }
        log.debug("{}: row left out: {}", problem.file(), problem.reason());
        problems.save(runId, List.of(problem));
    }
}
