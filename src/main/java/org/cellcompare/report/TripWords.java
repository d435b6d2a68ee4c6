package org.cellcompare.report;

import java.text.NumberFormat;
import java.util.Locale;

import org.cellcompare.travel.TripEstimate;

/**
 * A trip estimate in words: what it covers ("course + 16 days in Beijing for 2; flights not
 * included"), or, with no estimate, why not ("stay unknown"), so a sheet never shows 0 for a stay
 * nobody could count.
 */
final class TripWords {

    private final ReportText text;
    private final String currency;
    private final NumberFormat wholeNumbers = NumberFormat.getIntegerInstance(Locale.US);

    TripWords(ReportText text, String currency) {
        this.text = text;
        this.currency = currency;
    }

    /** The trip estimate cell's text when there is no estimate; null when there is one, a number. */
    String gap(TripEstimate trip) {
        return trip.isEstimated() ? null : text.get("trip.gap." + trip.gap().name());
    }

    /** What the estimate adds up, or why there is none. {@code country}: the country as the sheets name it. */
    String covers(TripEstimate trip, String country) {
        if (!trip.isEstimated()) {
            return text.get("trip.why." + trip.gap().name(), currency);
        }
        StringBuilder words = new StringBuilder(text.get("trip.covers", trip.daysAbroad(),
                trip.place() != null ? trip.place() : country, trip.travellers()));
        if (trip.lodgingInPackage()) {
            words.append(text.get("trip.lodgingInPackage", trip.daysAbroad() - trip.lodgingNights()));
        }
        words.append(trip.flightsIncluded() ? text.get("trip.flights", trip.travellers()) : text.get("trip.noFlights"));
        return words.toString();
    }

    /**
     * For families, in one cell: "about 5,208 USD: course + 16 days in Bangkok for 2; flights not
     * included", or why there is no estimate. {@code covers}: what {@link #covers} said of it.
     */
    String forFamilies(TripEstimate trip, String covers) {
        return trip.isEstimated() ? text.get("family.trip", wholeNumbers.format(trip.amount()), currency, covers) : covers;
    }
}
