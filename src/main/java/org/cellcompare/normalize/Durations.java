package org.cellcompare.normalize;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.cellcompare.text.Memo;

/**
 * Reads how long a course lasts and how many injections it has from the words of a row
 * ("14-day programme", "2 weeks", "8 inyecciones", "two injections"), so that prices per day,
 * week or injection can become the cost of a course.
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
     * A number in digits or words. The lookahead only says where one can begin: without it, Java
     * tries every word at every character of the text, most of the time these patterns take.
     */
    static final String NUMBER_START = "(?=[\\d" + WORDS.keySet().stream().map(w -> w.substring(0, 1)).distinct()
            .collect(Collectors.joining()) + "])";
    private static final String NUMBER = NUMBER_START + "(\\d{1,3}|" + String.join("|", WORDS.keySet()) + ")";
    /**
     * Between the number and its unit: spaces and a hyphen, taken whole (possessive), since no
     * unit begins with either; giving them back one by one made a long run of spaces quadratic.
     */
    private static final String GAP = "\\s*+-?+\\s*+";
    /**
     * One word between the number and "injections" ("two intrathecal injections"), of at most 40
     * letters: a number word can start inside a longer word ("oneoneone…"), and reading the
     * whole word again from each of them made a long one quadratic. No real word is that long.
     */
    private static final String ONE_WORD = "(?:\\p{L}{1,40}+\\s++)?";
    static final Pattern DAYS = Pattern.compile(NUMBER + GAP + "(?:days?|d[ií]as?|nights?|noches?)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final Pattern WEEKS = Pattern.compile(NUMBER + GAP + "(?:weeks?|semanas?)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final Pattern INJECTIONS = Pattern.compile(NUMBER + GAP + ONE_WORD + "(?:injections?|inyecciones|"
            + "inyecci[oó]n|infusions?|infusiones|sessions?|sesiones|applications?|aplicaciones|doses|dosis|transplants?|"
            + "trasplantes|administrations?)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Lower-case stems of the units each pattern needs; a text without one is not searched. */
    private static final List<String> DAY_UNITS = List.of("day", "día", "dia", "night", "noche");
    private static final List<String> WEEK_UNITS = List.of("week", "semana");
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

    // a program's words repeat over thousands of rows
    private static final Memo<Integer> DAYS_IN = new Memo<>(Durations::readDays);
    private static final Memo<Integer> INJECTIONS_IN = new Memo<>(Durations::readInjections);

    /** Days of a course: "14 days", "10 nights", "2 weeks" (14 days), "3 semanas"; null when the text says none. */
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
        Integer days = mentions(lower, DAY_UNITS) ? first(DAYS, text) : null;
        if (days != null) {
            return days;
        }
        Integer weeks = mentions(lower, WEEK_UNITS) ? first(WEEKS, text) : null;
        return weeks == null ? null : weeks * 7;
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

    private static Integer first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return null;
        }
        String number = m.group(1).toLowerCase(Locale.ROOT);
        int value = Character.isDigit(number.charAt(0)) ? Integer.parseInt(number) : WORDS.get(number);
        return value > 0 ? value : null;
    }
}
