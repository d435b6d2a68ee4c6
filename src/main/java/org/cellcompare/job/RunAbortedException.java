package org.cellcompare.job;

/**
 * The run cannot go on, for a reason the user can fix; its message is the one sentence the
 * command line prints.
 */
public class RunAbortedException extends RuntimeException {

    public RunAbortedException(String message) {
        super(message);
    }
}
