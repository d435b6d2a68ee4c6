package org.cellcompare.ingest;

/** A whole file could not be read; the job skips it and records one input problem. */
public class UnreadableFileException extends InputProblemException {

    public UnreadableFileException(InputProblem problem, Throwable cause) {
        super(problem, cause);
    }
}
