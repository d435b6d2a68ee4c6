package org.cellcompare.report;

import java.time.LocalDate;

/**
 * What this run's {@code --update-rates}, {@code --update-registry} and {@code --update-travel} did,
 * for the sheets that say how fresh the reference data is: why new rates or per diem rates could
 * not be had, and which registry export was saved on which day. Null where nothing was asked for or
 * nothing happened.
 */
public record Downloads(String ratesFailure, String registryFile, LocalDate registrySavedOn, String travelFailure) {

    boolean ratesFailed() {
        return ratesFailure != null;
    }
}
