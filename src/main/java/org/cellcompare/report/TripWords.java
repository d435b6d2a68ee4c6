package org.cellcompare.report;

import java.text.NumberFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.cellcompare.travel.TripEstimate;
import org.cellcompare.travel.TripEstimate.Gap;

/**
 * A trip estimate in words: what it covers ("course + 16 days in Beijing for 2; flights not
 * included"), or, with no estimate, why not ("stay unknown"), so a sheet never shows 0 for a stay
 * nobody could count. It runs for every ranked row, so each text is worded once: the reasons per
 * kind of gap, what an estimate covers per distinct stay, and the family sheet's sentence around
 * its amount. Formatting a message a row was most of what writing a million rows' estimates cost.
 */
final class TripWords {

    /** Distinct stays worded and kept; a month has a few hundred. */
    private static final int KEPT = 10_000;
    private static final String AMOUNT = "\u0000amount\u0000";
    private static final String COVERS = "\u0000covers\u0000";

    private final ReportText text;
    private final Map<Gap, String> gaps = new EnumMap<>(Gap.class);
    private final Map<Gap, String> reasons = new EnumMap<>(Gap.class);
    private final Map<String, String> covered = new ConcurrentHashMap<>();
    private final String familySentence;
    private final NumberFormat wholeNumbers = NumberFormat.getIntegerInstance(Locale.US);

    TripWords(ReportText text, String currency) {
        this.text = text;
        for (Gap gap : Gap.values()) {
            gaps.put(gap, text.get("trip.gap." + gap.name()));
            reasons.put(gap, text.get("trip.why." + gap.name(), currency));
        }
        familySentence = text.get("family.trip", AMOUNT, currency, COVERS);
    }

    /** The trip estimate cell's text when there is no estimate; null when there is one, a number. */
    String gap(TripEstimate trip) {
        return trip.isEstimated() ? null : gaps.get(trip.gap());
    }

    /** What the estimate adds up, or why there is none. {@code country}: the country as the sheets name it. */
    String covers(TripEstimate trip, String country) {
        if (!trip.isEstimated()) {
            return reasons.get(trip.gap());
        }
        String place = trip.place() != null ? trip.place() : country;
        String stay = trip.daysAbroad() + "\u0000" + place + "\u0000" + trip.travellers() + "\u0000" + trip.lodgingNights()
                + "\u0000" + trip.flightsIncluded();
        String words = covered.get(stay);
        if (words == null) {
            words = word(trip, place);
            if (covered.size() < KEPT) {
                covered.put(stay, words);
            }
        }
        return words;
    }

    private String word(TripEstimate trip, String place) {
        StringBuilder words = new StringBuilder(text.get("trip.covers", trip.daysAbroad(), place, trip.travellers()));
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
        if (!trip.isEstimated()) {
            return covers;
        }
        return familySentence.replace(AMOUNT, wholeNumbers.format(trip.amount())).replace(COVERS, covers);
    }
}
