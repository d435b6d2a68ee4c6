package org.cellcompare.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cellcompare.config.DateOrder;

/**
 * Reads "last verified" dates as analysts type them: ISO dates, "15/03/2026", "15.03.2026",
 * "March 15, 2026", "15 Mar 2026", "2026-03", "marzo 2026". A slashed date whose parts could be
 * either day or month is read in the configured order and reported as ambiguous.
 */
public final class VerifiedDates {

    private static final Pattern NUMERIC = Pattern.compile("^(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{2}|\\d{4})$");
    private static final Pattern ISO_LIKE = Pattern.compile("^(\\d{4})[/.\\-](\\d{1,2})(?:[/.\\-](\\d{1,2}))?$");
    private static final Pattern COMMAS_AND_SPACES = Pattern.compile("[,\\s]+");
    private static final Pattern ORDINAL_SUFFIX = Pattern.compile("(\\d)(st|nd|rd|th)\\b");
    private static final List<DateTimeFormatter> WORDED = List.of(
            formatter("d MMM uuuu", Locale.ENGLISH), formatter("d MMMM uuuu", Locale.ENGLISH),
            formatter("MMM d uuuu", Locale.ENGLISH), formatter("MMMM d uuuu", Locale.ENGLISH),
            formatter("d MMMM uuuu", new Locale("es")), formatter("d 'de' MMMM 'de' uuuu", new Locale("es")));
    private static final List<DateTimeFormatter> MONTH_YEAR = List.of(
            formatter("MMM uuuu", Locale.ENGLISH), formatter("MMMM uuuu", Locale.ENGLISH),
            formatter("MMMM uuuu", new Locale("es")), formatter("MMMM 'de' uuuu", new Locale("es")));

    /**
     * The first day a bare number in a date column is read as (32874 in Excel's usual date system).
     * A smaller number (a year, a count, a price) is more likely something else than a day so long ago.
     */
    static final LocalDate FIRST_SERIAL_DATE = LocalDate.of(1990, 1, 1);

    private VerifiedDates() {
    }

    /**
     * Whether a bare number, read as a day in its workbook's date system, is plausibly the day an
     * offer was checked: from 1990 to a year after the report's month, which leaves room for a
     * typing slip into next year but not for a number that was never a date.
     */
    static boolean isPlausibleSerialDate(LocalDate date, YearMonth reportMonth) {
        return !date.isBefore(FIRST_SERIAL_DATE) && !date.isAfter(lastSerialDate(reportMonth));
    }

    static LocalDate lastSerialDate(YearMonth reportMonth) {
        return reportMonth.plusYears(1).atEndOfMonth();
    }

    /** A date read from text; {@code ambiguous} when day and month could be swapped. */
    public record ReadDate(LocalDate date, boolean ambiguous) {
    }

    private static DateTimeFormatter formatter(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(locale);
    }

    /** The date, reading day first when it could be either way round; null when the text is not a date. */
    public static ReadDate read(String text) {
        return read(text, DateOrder.DAY_FIRST);
    }

    /** The date, reading an ambiguous one in the given order; null when the text is not a date. */
    public static ReadDate read(String text, DateOrder ambiguous) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = COMMAS_AND_SPACES.matcher(text.strip()).replaceAll(" ");
        try {
            Matcher iso = ISO_LIKE.matcher(t);
            if (iso.matches()) {
                int year = Integer.parseInt(iso.group(1));
                int month = Integer.parseInt(iso.group(2));
                return new ReadDate(iso.group(3) == null ? YearMonth.of(year, month).atDay(1)
                        : LocalDate.of(year, month, Integer.parseInt(iso.group(3))), false);
            }
            Matcher numeric = NUMERIC.matcher(t);
            if (numeric.matches()) {
                return numeric(numeric, ambiguous);
            }
        } catch (DateTimeException e) {
            return null;
        }
        String cleaned = ORDINAL_SUFFIX.matcher(t).replaceAll("$1").replace(".", "");
        for (DateTimeFormatter f : WORDED) {
            try {
                return new ReadDate(LocalDate.parse(cleaned, f), false);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        for (DateTimeFormatter f : MONTH_YEAR) {
            try {
                return new ReadDate(YearMonth.parse(cleaned, f).atDay(1), false);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }

    private static ReadDate numeric(Matcher m, DateOrder ambiguous) {
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        int year = Integer.parseInt(m.group(3));
        if (year < 100) {
            year += 2000;
        }
        if (first > 12) {
            return new ReadDate(LocalDate.of(year, second, first), false);
        }
        if (second > 12) {
            return new ReadDate(LocalDate.of(year, first, second), false);
        }
        LocalDate date = ambiguous == DateOrder.DAY_FIRST ? LocalDate.of(year, second, first) : LocalDate.of(year, first, second);
        return new ReadDate(date, first != second);
    }
}
