package org.cellcompare.job;

import java.sql.SQLException;

import org.springframework.batch.core.step.skip.SkipPolicy;
import org.springframework.beans.BeansException;
import org.springframework.dao.DataAccessException;

/**
 * Bad input never stops the run: a row or file that cannot be read or normalized is skipped and
 * recorded, however many there are. What is not the input's fault is never skipped, since rows
 * skipped for it would be reported to the analyst as bad rows: a database failure, a part of the
 * job that could not be made, a write. The writer throws only {@link StagingFailedException}, and
 * a skipped write would leave no trace at all.
 */
class InputSkipPolicy implements SkipPolicy {

    @Override
    public boolean shouldSkip(Throwable t, long skipCount) {
        if (!(t instanceof Exception)) {
            return false;
        }
        for (Throwable cause = t; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessException || cause instanceof SQLException || cause instanceof BeansException
                    || cause instanceof RunAbortedException || cause instanceof StagingFailedException
                    || cause instanceof OutOfMemoryError) {
                return false;
            }
        }
        return true;
    }
}
