package org.cellcompare.travel;

import java.time.LocalDate;
import java.util.Map;

/**
 * The stay and travel costs a month's estimates are made from: the State Department's per diem
 * rates in force on the report date (null when no usable file was found) and the nonprofit's
 * return fares by country ({@code flightsFile} null when it keeps none).
 */
public record TravelCosts(PerDiemTable perDiem, Map<String, FlightFare> flights, String flightsFile) {

    public static final TravelCosts NONE = new TravelCosts(null, Map.of(), null);

    public TravelCosts {
        flights = Map.copyOf(flights);
    }

    /** The publication the stay costs come from, or null with none. */
    public LocalDate published() {
        return perDiem == null ? null : perDiem.published();
    }
}
