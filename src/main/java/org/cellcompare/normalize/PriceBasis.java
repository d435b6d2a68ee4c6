package org.cellcompare.normalize;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.cellcompare.text.Folding;

/** What an advertised price pays for. A course is what families compare; the others must be turned into one. */
public enum PriceBasis {
    PER_COURSE("per course", List.of("course", "treatment", "program", "protocol", "tratamiento", "curso"),
            "\\b(?:per|a|each|por)\\s+(?:course|treatment|programme|program|protocol|tratamiento|curso)\\b|\\bfull course\\b|\\btratamiento completo\\b",
            List.of("course", "per course", "total", "treatment", "full course", "program", "programme", "protocol",
                    "tratamiento", "curso", "por tratamiento", "tratamiento completo", "completo")),
    PER_INJECTION("per injection", List.of("injection", "shot", "dose", "session", "infusi", "administration",
            "inyecci", "aplicaci", "sesi", "dosis"),
            "(?:\\b(?:per|a|each|every|por|cada)\\s+|/\\s*)(?:injection|shot|dose|session|infusion|administration|inyecci[oó]n|aplicaci[oó]n|sesi[oó]n|dosis|infusi[oó]n)\\b",
            List.of("injection", "injections", "per injection", "each", "per dose", "dose", "session", "per session",
                    "shot", "infusion", "administration", "inyeccion", "por inyeccion", "aplicacion", "por aplicacion",
                    "sesion", "por sesion", "dosis", "por dosis")),
    PER_DAY("per day", List.of("day", "daily", "día", "dia", "night", "noche"),
            "(?:\\b(?:per|a|each|por|al)\\s+|/\\s*)(?:day|d[ií]a|night|noche)\\b|\\bdaily\\b",
            List.of("day", "per day", "daily", "night", "per night", "dia", "por dia", "diario", "al dia")),
    PER_WEEK("per week", List.of("week", "semana"),
            "(?:\\b(?:per|a|each|por|a la)\\s+|/\\s*)(?:week|semana)\\b|\\bweekly\\b",
            List.of("week", "per week", "weekly", "semana", "por semana", "semanal")),
    PACKAGE("package", List.of("package", "inclusive", "paquete", "todo incluido"),
            "\\bpackage\\b|\\ball[- ]inclusive\\b|\\bpaquete\\b|\\btodo incluido\\b",
            List.of("package", "all inclusive", "bundle", "paquete", "todo incluido"));

    /** The order phrases are looked for in: a price "per injection" may also name its course. */
    private static final List<PriceBasis> IN_TEXT_ORDER = List.of(PER_INJECTION, PER_DAY, PER_WEEK, PACKAGE, PER_COURSE);

    private final String label;
    /** Lower-case words {@code inText} cannot match without; a price that has none is not searched. */
    private final List<String> needs;
    private final Pattern inText;
    private final List<String> columnWords;

    PriceBasis(String label, List<String> needs, String regex, List<String> columnWords) {
        this.label = label;
        this.needs = needs;
        this.inText = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.columnWords = columnWords;
    }

    public String label() {
        return label;
    }

    /** The basis a price text names with a phrase such as "per injection", "/day" or "por sesión"; null if none. */
    public static PriceBasis mentionedIn(String priceText) {
        if (priceText == null || priceText.isBlank()) {
            return null;
        }
        String lower = priceText.toLowerCase(Locale.ROOT);
        for (PriceBasis basis : IN_TEXT_ORDER) {
            if (basis.isNeededWordIn(lower) && basis.inText.matcher(priceText).find()) {
                return basis;
            }
        }
        return null;
    }

    /** A loop rather than a stream: this runs for every price of a million rows. */
    private boolean isNeededWordIn(String lower) {
        for (String word : needs) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The basis a price-basis column value names ("per injection", "Injection", "por sesión"); null if unknown. */
    public static PriceBasis fromColumn(String value) {
        String words = Folding.words(value);
        for (PriceBasis basis : values()) {
            if (basis.columnWords.contains(words)) {
                return basis;
            }
        }
        return mentionedIn(value);
    }

    /** Prices per injection, day or week are not yet the cost of a course. */
    public boolean isPerUnit() {
        return this == PER_INJECTION || this == PER_DAY || this == PER_WEEK;
    }
}
