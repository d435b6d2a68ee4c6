package org.cellcompare.report;

/**
 * What this run's {@code --update-rates} did, for the sheets that say how fresh the reference data
 * is: why new rates could not be had. Null where nothing was asked for or nothing happened.
 */
public record Downloads(String ratesFailure) {

    boolean ratesFailed() {
        return ratesFailure != null;
    }
}
