package org.cellcompare.report;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;

import org.cellcompare.normalize.CellSource;
import org.cellcompare.normalize.Route;
import org.cellcompare.rank.ConcernLevel;
import org.cellcompare.rank.Flag;
import org.cellcompare.text.Folding;

/** Every word a family reads in the workbook comes from the message bundles, in the report's language. */
final class ReportText {

    private final MessageSource messages;
    private final Locale locale;
    private final Map<String, String> countryNames = new ConcurrentHashMap<>();
    /*
     * The ranked sheets word every row with the same few dozen messages, on threads of their own;
     * formatting them each time through the MessageSource was a quarter of the wording thread's
     * allocation and a fifth of its time.
     */
    private final Map<String, String> plain = new ConcurrentHashMap<>();
    private final Map<Long, String> whyLevels = new ConcurrentHashMap<>();

    ReportText(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    String get(String key, Object... args) {
        if (args.length == 0) {
            return plain.computeIfAbsent(key, k -> messages.getMessage(k, args, locale));
        }
        return messages.getMessage(key, args, locale);
    }

    /** The message, or null when the bundle has no such key (numbered paragraphs end that way). */
    String find(String key, Object... args) {
        return messages.getMessage(key, args, null, locale);
    }

    String flagTitle(Flag flag) {
        return get("flag." + flag.name() + ".title");
    }

    String flagText(Flag flag) {
        return get("flag." + flag.name() + ".text");
    }

    String concern(ConcernLevel level) {
        return get("concern." + level.name());
    }

    String cellSource(CellSource source) {
        return get("cellSource." + source.name());
    }

    String route(Route route) {
        return get("route." + route.name());
    }

    /** A registry status ("Active, not recruiting") in the report's language; unknown statuses as written. */
    String trialStatus(String label) {
        if (label == null || label.isBlank()) {
            return label;
        }
        String translated = find("trialStatus." + Folding.key(label));
        return translated == null ? label : translated;
    }

    /** "Phase 2/3" or "Not applicable", in the report's language. */
    String phase(String label) {
        if (label == null || label.isBlank()) {
            return label;
        }
        if (label.startsWith("Phase ")) {
            return get("phase.label", label.substring("Phase ".length()));
        }
        return label.equals("Not applicable") ? get("phase.notApplicable") : label;
    }

    /** A country's name in the report's language, or the text as written when it named no country. */
    String country(String code, String asWritten) {
        if (code == null) {
            return asWritten;
        }
        return countryNames.computeIfAbsent(code,
                c -> c.equals("XK") ? "Kosovo" : new Locale("", c).getDisplayCountry(locale));
    }

    /** "High concern (score 60)." */
    String whyLevel(ConcernLevel level, int score) {
        return whyLevels.computeIfAbsent((long) level.ordinal() << 32 | score & 0xFFFF_FFFFL,
                k -> get("why.level", concern(level), score));
    }

    String severity(Flag.Severity severity) {
        return get("severity." + severity.name());
    }
}
