package org.cellcompare.travel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * One row of the U.S. State Department's foreign per diem rates: the most a night's lodging costs
 * at a place, and meals and incidental expenses (M&IE) for one traveller a day, in U.S. dollars,
 * for one season. {@code location} is a city, or null for the rest of the country ({@code [Other]}).
 */
public record PerDiemRate(String countryCode, String country, String location, MonthDay seasonStart, MonthDay seasonEnd,
                          BigDecimal lodging, BigDecimal meals, int row) {

    /** A season whose start comes after its end runs across the new year, as Cyprus's winter does. */
    public boolean covers(LocalDate day) {
        MonthDay date = MonthDay.from(day);
        if (seasonStart.isAfter(seasonEnd)) {
            return !date.isBefore(seasonStart) || !date.isAfter(seasonEnd);
        }
        return !date.isBefore(seasonStart) && !date.isAfter(seasonEnd);
    }
}
