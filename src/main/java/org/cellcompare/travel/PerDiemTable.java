package org.cellcompare.travel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cellcompare.text.Folding;

/**
 * The per diem rates of one publication, as read from one file of {@code input/travel/}. The rows
 * are indexed once by country and folded city name, since a month asks for a rate per offering.
 */
public final class PerDiemTable {

    private final String file;
    private final LocalDate published;
    private final List<PerDiemRate> rates;
    /** Each country's rows by folded city name, "" for its {@code [Other]} rows. */
    private final Map<String, Map<String, List<PerDiemRate>>> byPlace = new HashMap<>();

    public PerDiemTable(String file, LocalDate published, List<PerDiemRate> rates) {
        this.file = file;
        this.published = published;
        this.rates = List.copyOf(rates);
        for (PerDiemRate rate : this.rates) {
            byPlace.computeIfAbsent(rate.countryCode(), code -> new HashMap<>())
                    .computeIfAbsent(rate.location() == null ? "" : Folding.key(rate.location()), city -> new ArrayList<>())
                    .add(rate);
        }
    }

    public String file() {
        return file;
    }

    public LocalDate published() {
        return published;
    }

    public List<PerDiemRate> rates() {
        return rates;
    }

    /**
     * The rate for a stay in {@code city} (null when not known) of a country on {@code day}: the
     * city's own row when the table lists it, else the country's {@code [Other]} row; the season
     * that covers the day.
     */
    public Optional<PerDiemRate> rateFor(String countryCode, String city, LocalDate day) {
        Map<String, List<PerDiemRate>> places = byPlace.getOrDefault(countryCode, Map.of());
        Optional<PerDiemRate> listed = city == null ? Optional.empty() : covering(places.get(Folding.key(city)), day);
        return listed.or(() -> covering(places.get(""), day));
    }

    private static Optional<PerDiemRate> covering(List<PerDiemRate> seasons, LocalDate day) {
        return seasons == null ? Optional.empty() : seasons.stream().filter(rate -> rate.covers(day)).findFirst();
    }

    /**
     * Of several publications, the newest that holds a usable rate; one without a date counts as
     * the oldest. A newer file whose every row was refused leaves the month with the older one,
     * rather than with no stay costs at all; its rows are in Input problems either way.
     */
    public static Optional<PerDiemTable> newest(List<PerDiemTable> tables) {
        return tables.stream().filter(table -> table != null && !table.rates().isEmpty())
                .max(Comparator.comparing(PerDiemTable::published, Comparator.nullsFirst(Comparator.naturalOrder())));
    }
}
