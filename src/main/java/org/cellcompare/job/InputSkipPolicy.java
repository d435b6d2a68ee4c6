package org.cellcompare.job;

import org.springframework.batch.core.step.skip.SkipPolicy;
import org.springframework.dao.DataAccessException;

/**
 * Bad input never stops the run: a row or file that cannot be used is skipped and recorded,
 * however many there are. Database failures are not input problems and do stop it.
 */
class InputSkipPolicy implements SkipPolicy {

    @Override
    public boolean shouldSkip(Throwable t, long skipCount) {
        return t instanceof Exception && !(t instanceof DataAccessException) && !(t instanceof RunAbortedException);
    }
}
