package org.cellcompare.travel;

import java.math.BigDecimal;

/**
 * What a whole trip for one offering may cost, in the reporting currency: the course, the stay
 * abroad at the State Department's per diem rates, and return flights when the nonprofit keeps
 * fares. A rough guide, not a quote. With no estimate, {@code amount} is null and {@code gap}
 * says why, so a sheet never shows 0 for a stay nobody could count.
 *
 * @param daysAbroad      program days and travel days; null when the program's length is unknown
 * @param place           the per diem row's city, or null for the country's {@code [Other]} row
 * @param lodgingNights   nights of lodging counted: fewer than the days when the package houses the family
 * @param flightsIncluded whether a return fare for the country was added
 * @param perDiemRow      the row of the per diem file whose rates were used, 0 for none
 */
public record TripEstimate(BigDecimal amount, Integer daysAbroad, String place, int travellers, int lodgingNights,
                           boolean flightsIncluded, Gap gap, int perDiemRow) {

    /** Why an offering has no trip estimate. */
    public enum Gap {
        /** The program's length is not given, so the stay cannot be counted. */
        STAY_UNKNOWN,
        /** No course cost in the reporting currency to add the stay to. */
        NO_COURSE_COST,
        /** No per diem rate for the country (not stated, or not in the State Department's table). */
        NO_STAY_COSTS,
        /** No stay costs were read this month: no per diem file, or none usable. */
        NO_TRAVEL_DATA
    }

    public static TripEstimate none(Gap gap, Integer daysAbroad) {
        return new TripEstimate(null, daysAbroad, null, 0, 0, false, gap, 0);
    }

    public boolean isEstimated() {
        return amount != null;
    }

    /** The package houses the family for the program's days; lodging is counted for travel days only. */
    public boolean lodgingInPackage() {
        return isEstimated() && daysAbroad != null && lodgingNights < daysAbroad;
    }
}
