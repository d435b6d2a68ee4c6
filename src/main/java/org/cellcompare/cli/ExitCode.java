package org.cellcompare.cli;

/** Exit statuses, documented in --help and the README, so a scheduler can tell what went wrong. */
public enum ExitCode {
    WRITTEN(0),
    RUN_FAILED(1),
    USAGE(2),
    FOLDER(3),
    ALREADY_RUN(4),
    BUSY(5);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
