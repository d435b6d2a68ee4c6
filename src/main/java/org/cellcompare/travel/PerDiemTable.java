package org.cellcompare.travel;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.cellcompare.text.Folding;

/** The per diem rates of one publication, as read from one file of {@code input/travel/}. */
public record PerDiemTable(String file, LocalDate published, List<PerDiemRate> rates) {

    /**
     * The rate for a stay in {@code city} (null when not known) of a country on {@code day}: the
     * city's own row when the table lists it, else the country's {@code [Other]} row; the season
     * that covers the day.
     */
    public Optional<PerDiemRate> rateFor(String countryCode, String city, LocalDate day) {
        String cityKey = city == null ? null : Folding.key(city);
        Optional<PerDiemRate> listed = cityKey == null ? Optional.empty() : rates.stream()
                .filter(rate -> rate.countryCode().equals(countryCode) && rate.location() != null
                        && Folding.key(rate.location()).equals(cityKey) && rate.covers(day))
                .findFirst();
        return listed.or(() -> rates.stream()
                .filter(rate -> rate.countryCode().equals(countryCode) && rate.location() == null && rate.covers(day))
                .findFirst());
    }

    /** Of several publications, the newest; one without a date counts as the oldest. */
    public static Optional<PerDiemTable> newest(List<PerDiemTable> tables) {
        return tables.stream().filter(Objects::nonNull)
                .max(Comparator.comparing(PerDiemTable::published, Comparator.nullsFirst(Comparator.naturalOrder())));
    }
}
