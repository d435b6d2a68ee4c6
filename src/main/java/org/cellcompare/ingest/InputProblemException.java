package org.cellcompare.ingest;

/**
 * Input that cannot be used, carrying the {@link InputProblem} that explains it. The ingest step
 * skips these through Spring Batch's skip mechanism, which writes the problem to Input problems.
 */
public class InputProblemException extends RuntimeException {

    private final transient InputProblem problem;

    public InputProblemException(InputProblem problem, Throwable cause) {
        super(problem.reason(), cause);
        this.problem = problem;
    }

    public InputProblem problem() {
        return problem;
    }
}
