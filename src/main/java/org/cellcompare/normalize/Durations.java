package org.cellcompare.normalize;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.cellcompare.text.Memo;

/**
 * Reads how long a course lasts and how many injections it has from the words of a row
 * ("14-day programme", "5–6 weeks", "dos meses", "8 inyecciones", "two injections"), so that
 * prices per day, week or injection can become the cost of a course, and the days a stay abroad.
 */
final class Durations {

    /** Numbers written as words, in the order the pattern tries them. */
    private static final Map<String, Integer> WORDS = inOrder(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fourteen", 14), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("uno", 1), Map.entry("una", 1), Map.entry("dos", 2), Map.entry("tres", 3),
            Map.entry("cuatro", 4), Map.entry("cinco", 5), Map.entry("seis", 6), Map.entry("siete", 7), Map.entry("ocho", 8),
            Map.entry("nueve", 9), Map.entry("diez", 10), Map.entry("once", 11), Map.entry("doce", 12),
            Map.entry("catorce", 14), Map.entry("veinte", 20), Map.entry("treinta", 30));
    /**
     * The words looked up as the patterns match them, letter by letter in upper or lower case:
     * "fıve" (a Turkish dotless i) and "FİVE" match "five", though neither lower-cases to it.
     */
    private static final Map<String, Integer> WORDS_IN_ANY_CASE = inAnyCase(WORDS);
    /**
     * A number in digits or words. The lookahead only says where one can begin: without it, Java
     * tries every word at every character of the text, most of the time these patterns take.
     */
    static final String NUMBER_START = "(?=[\\d" + WORDS.keySet().stream().map(w -> w.substring(0, 1)).distinct()
            .collect(Collectors.joining()) + "])";
    private static final String DIGITS_OR_WORD = "(\\d{1,3}|" + String.join("|", WORDS.keySet()) + ")";
    private static final String NUMBER = NUMBER_START + DIGITS_OR_WORD;
    /**
     * Between the number and its unit: spaces and a hyphen, taken whole (possessive), since no
     * unit begins with either; giving them back one by one made a long run of spaces quadratic.
     */
    private static final String GAP = "\\s*+-?+\\s*+";
    /**
     * What joins the two ends of a range ("5–6", "5 to 6", "de 5 a 6", "5 o 6"), as for prices. The
     * spaces are possessive for the reason given at GAP; the words need spaces round them, so that
     * "a" and "o" are never read out of a longer word.
     */
    private static final String RANGE_JOIN = "(?:\\s*+[-\\u2010-\\u2015]\\s*+|\\s++(?:to|and|or|a|y|o)\\s++)";
    /**
     * The number of a length of time is not the end of a longer number nor the decimals of one:
     * "2026" holds no "026 days", and "1.5 months" is not "5 months".
     */
    private static final String LENGTH_NUMBER = NUMBER_START + "(?<!\\d)(?<!\\d[.,])" + DIGITS_OR_WORD;
    /** A number, or the two ends of a range, then the gap before the unit. */
    private static final String LENGTH = LENGTH_NUMBER + "(?:" + RANGE_JOIN + LENGTH_NUMBER + ")?" + GAP;
    /**
     * One word between the number and "injections" ("two intrathecal injections"), of at most 40
     * letters: a number word can start inside a longer word ("oneoneone…"), and reading the
     * whole word again from each of them made a long one quadratic. No real word is that long.
     */
    private static final String ONE_WORD = "(?:\\p{L}{1,40}+\\s++)?";
    static final Pattern DAYS = Pattern.compile(LENGTH + "(?:days?|d[ií]as?|nights?|noches?)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final Pattern WEEKS = Pattern.compile(LENGTH + "(?:weeks?|semanas?)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final Pattern MONTHS = Pattern.compile(LENGTH + "(?:months?|mes|meses)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A month counts as 30 days. This is a choice: which calendar months a family will travel in
     * is not known, and a round figure shows "2 months" (60 days) is an estimate.
     */
    private static final int DAYS_IN_A_MONTH = 30;
    static final Pattern INJECTIONS = Pattern.compile(NUMBER + GAP + ONE_WORD + "(?:injections?|inyecciones|"
            + "inyecci[oó]n|infusions?|infusiones|sessions?|sesiones|applications?|aplicaciones|doses|dosis|transplants?|"
            + "trasplantes|administrations?)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Lower-case stems of the units each pattern needs; a text without one is not searched. */
    private static final List<String> DAY_UNITS = List.of("day", "día", "dia", "night", "noche");
    private static final List<String> WEEK_UNITS = List.of("week", "semana");
    private static final List<String> MONTH_UNITS = List.of("month", "mes");
    private static final List<String> INJECTION_UNITS = List.of("injection", "inyecci", "infusi", "session", "sesion",
            "application", "aplicacion", "dose", "dosis", "transplant", "trasplante", "administration");

    private Durations() {
    }

    @SafeVarargs
    private static Map<String, Integer> inOrder(Map.Entry<String, Integer>... entries) {
        Map<String, Integer> words = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> entry : entries) {
            words.put(entry.getKey(), entry.getValue());
        }
        return Collections.unmodifiableMap(words);
    }

    private static Map<String, Integer> inAnyCase(Map<String, Integer> words) {
        Map<String, Integer> anyCase = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        words.forEach((word, value) -> {
            if (anyCase.put(word, value) != null) {
                throw new IllegalStateException("The number word " + word + " is listed twice");
            }
        });
        return Collections.unmodifiableMap(anyCase);
    }

    // a program's words repeat over thousands of rows
    private static final Memo<Integer> DAYS_IN = new Memo<>(Durations::readDays);
    private static final Memo<Integer> INJECTIONS_IN = new Memo<>(Durations::readInjections);

    /**
     * Days of a course: "14 days", "10 nights", "2 weeks" (14 days), "3 semanas", "2 months" (60
     * days); a range's middle, rounded half up, as prices take theirs ("5–6 weeks" is 39 days).
     * Days said outright come first, then weeks, then months. Null when the text says none, or
     * only a moment or a gap ("follow-up at 6 months", "two injections three months apart").
     */
    static Integer days(String text) {
        return DAYS_IN.apply(text);
    }

    /** Injections in a course: "8 injections", "two intrathecal injections", "4 sesiones"; null when none. */
    static Integer injections(String text) {
        return INJECTIONS_IN.apply(text);
    }

    private static Integer readDays(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        Integer days = mentions(lower, DAY_UNITS) ? firstStay(DAYS, text, 1) : null;
        if (days == null && mentions(lower, WEEK_UNITS)) {
            days = firstStay(WEEKS, text, 7);
        }
        if (days == null && mentions(lower, MONTH_UNITS)) {
            days = firstStay(MONTHS, text, DAYS_IN_A_MONTH);
        }
        return days;
    }

    private static Integer readInjections(String text) {
        if (text == null || text.isBlank() || !mentions(text.toLowerCase(Locale.ROOT), INJECTION_UNITS)) {
            return null;
        }
        return first(INJECTIONS, text);
    }

    private static boolean mentions(String lowerCaseText, List<String> units) {
        for (String unit : units) {
            if (lowerCaseText.contains(unit)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The days of the first length that is a stay. The search goes on after a moment or a gap from
     * where that one ended, so the second end of "aged 2 to 15 months" is not read on its own.
     */
    private static Integer firstStay(Pattern pattern, String text, int daysPerUnit) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (!Intervals.isInterval(text, m.start(), m.end())) {
                return daysOf(m, daysPerUnit);
            }
        }
        return null;
    }

    /** A range's middle; ends the wrong way round are no range, and the number by the unit is the length. */
    private static Integer daysOf(Matcher m, int daysPerUnit) {
        int high = m.group(2) == null ? value(m.group(1)) : value(m.group(2));
        int low = m.group(2) == null ? high : Math.min(value(m.group(1)), high);
        int days = ((low + high) * daysPerUnit + 1) / 2;
        return days > 0 ? days : null;
    }

    private static Integer first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return null;
        }
        int value = value(m.group(1));
        return value > 0 ? value : null;
    }

    private static int value(String number) {
        return Character.isDigit(number.charAt(0)) ? Integer.parseInt(number) : WORDS_IN_ANY_CASE.get(number);
    }
}
