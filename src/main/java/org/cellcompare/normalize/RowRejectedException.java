package org.cellcompare.normalize;

import org.cellcompare.ingest.InputProblem;
import org.cellcompare.ingest.InputProblemException;

/** A row that cannot be an offering at all; the ingest step skips it and records why. */
public class RowRejectedException extends InputProblemException {

    public RowRejectedException(InputProblem problem) {
        super(problem, null);
    }
}
