package org.cellcompare.travel;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A return flight to a country for one traveller, from the families' home city, as the nonprofit was quoted it. */
public record FlightFare(String countryCode, BigDecimal returnFare, String currency, LocalDate date, String source, int row) {
}
