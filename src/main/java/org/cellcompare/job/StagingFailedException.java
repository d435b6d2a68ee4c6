package org.cellcompare.job;

/**
 * Staging a chunk failed. The rows were read and normalized, so the input is not at fault: the
 * database is (a full disk, a closed connection). Such a failure is never skipped, since Spring
 * Batch records a skipped write nowhere that lasts: the file's step stops, and the run with it,
 * saying why, and resumes from the last chunk that was staged.
 */
class StagingFailedException extends RuntimeException {

    StagingFailedException(String file, Throwable cause) {
        super("The offerings read from " + file + " could not be stored in the run history: " + cause.getMessage(), cause);
    }
}
