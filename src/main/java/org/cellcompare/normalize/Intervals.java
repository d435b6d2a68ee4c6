package org.cellcompare.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words round a length of time that make it a moment or a gap, not a stay: "two injections
 * three months apart", "follow-up at 6 months", "every 2 weeks", "children aged 6 to 18 months",
 * "a los 6 meses", "3 meses después". A trial that injects twice three months apart does not say
 * how long a family stays, and reading it as 90 days would cost the trip wrongly.
 */
final class Intervals {

    /* Each pattern looks only at the few characters on its side of a length, so a long text costs
       no more per length read. */
    private static final Pattern BEFORE = Pattern.compile("\\b(?:at|after|every|each|aged?|ages|follow[-\\s]?up(?:\\s++of)?"
            + "|cada|tras|despu[eé]s\\s++de|al\\s++cabo\\s++de|a\\s++l[oa]s|edad\\s++de|hace|seguimiento(?:\\s++de)?)\\s*+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern AFTER = Pattern.compile("[\\s-]*+(?:apart|later|after|afterwards|ago|old|of\\s++(?:age|life)"
            + "|post|follow[-\\s]?up|intervals?|between|despu[eé]s|m[aá]s\\s++tarde|tras|de\\s++(?:edad|vida|intervalo)"
            + "|intervalos?|entre|de\\s++seguimiento)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Longer than any phrase above with a few spaces round it ("seguimiento de" has 14 characters). */
    private static final int NEAR = 30;

    private Intervals() {
    }

    /** Whether the length of time written from start to end in the text is a moment or a gap. */
    static boolean isInterval(String text, int start, int end) {
        return near(BEFORE, text, Math.max(0, start - NEAR), start).find()
                || near(AFTER, text, end, Math.min(text.length(), end + NEAR)).lookingAt();
    }

    /** Word boundaries see past the window, so "that 6 months" is not "at 6 months". */
    private static Matcher near(Pattern pattern, String text, int from, int to) {
        return pattern.matcher(text).region(from, to).useTransparentBounds(true);
    }
}
