package org.cellcompare.rates;

import java.time.LocalDate;
import java.util.List;

/**
 * What one rate file offers for the report date: at most one rate per currency, and the earliest
 * date the file holds (null when it holds none), which tells a month before the file begins from
 * a currency the file lacks.
 */
record FileRates(List<Rate> rates, LocalDate earliest) {
}
