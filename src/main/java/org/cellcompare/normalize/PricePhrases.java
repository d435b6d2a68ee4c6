package org.cellcompare.normalize;

import java.util.regex.Pattern;

/**
 * The words around a price that say what kind it is, in English and Spanish: "from" and "up to",
 * what joins the two ends of a range, "free", and "contact us" or "on request" where no amount is
 * given.
 */
final class PricePhrases {

    /* Runs of spaces are possessive here and below: no word these patterns look for begins with a
       space, so giving spaces back never finds a match, and trying to made long gaps quadratic. */
    private static final Pattern RANGE_GAP = Pattern.compile(
            "^\\s*+(?:-|~|to|a|hasta|and|y|or|o|/|til|till|until)\\s*+(?:over|more than|about|approx\\.?|approximately|around|up to|hasta|unos|aprox\\.?)?\\s*+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FROM_BEFORE = Pattern.compile(
            "(?:\\b(?:from|starting|starts|start at|beginning at|desde|a partir de|min\\.?|minimum|at least|over|more than|above|m[ií]nimo|m[aá]s de)\\b|[>≥])(?:\\s*+\\S++){0,2}+\\s*+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern UP_TO_BEFORE = Pattern.compile(
            "(?:\\b(?:up to|upto|max\\.?|maximum|under|less than|below|not more than|hasta|m[aá]ximo|menos de)\\b|[<≤])(?:\\s*+\\S++){0,2}+\\s*+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FROM_AFTER = Pattern.compile(
            "^\\s*(?:\\+|and up|and above|or more|onwards|upwards|y m[aá]s|o m[aá]s|en adelante)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FREE = Pattern.compile(
            "\\b(?:free|gratis|gratuito|gratuita|no cost|no charge|without charge|sin costo|sin cargo|sin coste)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ON_REQUEST = Pattern.compile(
            "contact|request|enquir|inquir|\\bask\\b|\\bcall\\b|quot|\\btb[adc]\\b|consult|varies|vary|depend|individual|"
                    + "\\bupon\\b|\\bn/?a\\b|solicit|cotiza|llamar|seg[uú]n|a convenir|pending|unknown|not (?:stated|disclosed|published|listed|given)|"
                    + "undisclosed|negotiable|a consultar|pregunt|preguntar",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Contact details hold digits that are not a price. */
    private static final Pattern CONTACT = Pattern.compile(
            "contact|\\bcall\\b|phone|\\btel\\b|whatsapp|e-?mail|llamar|tel[eé]fono|escr[ií]b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ONLY_PUNCTUATION = Pattern.compile("^[\\p{Punct}\\p{Pd}\\s—–?]*$");

    /**
     * Phrases such as "from" or "up to" are looked for among the last words before an amount, and
     * none is longer than this ("not more than" has 13 characters).
     */
    private static final int LONGEST_PHRASE = 16;

    /** "- ", " to ", " hasta unos ": what may stand between the two ends of a range. */
    static boolean joinsARange(String gap) {
        return RANGE_GAP.matcher(gap).matches();
    }

    /** "15,000+", "15,000 and up", "15.000 en adelante". */
    static boolean saysFromAfter(String s, int amountEnd) {
        return FROM_AFTER.matcher(s).region(amountEnd, s.length()).lookingAt();
    }

    /** "from", "starting at", "desde", "&gt;" in the last words before an amount. */
    static boolean saysFromBefore(String before) {
        return endsWithPhrase(FROM_BEFORE, before);
    }

    /** "up to", "max.", "hasta", "&lt;" in the last words before an amount. */
    static boolean saysUpToBefore(String before) {
        return endsWithPhrase(UP_TO_BEFORE, before);
    }

    static boolean saysFree(String s) {
        return FREE.matcher(s).find();
    }

    /** "Contact us", "price on request", "a consultar", or only punctuation ("-", "?"). */
    static boolean saysOnRequest(String s) {
        return ON_REQUEST.matcher(s).find() || ONLY_PUNCTUATION.matcher(s).matches();
    }

    static boolean mentionsContact(String s) {
        return CONTACT.matcher(s).find();
    }

    /**
     * Whether a phrase such as "from" or "up to" ends the text before an amount, at most two words
     * before it. Only the last words are searched: a phrase further back cannot match, and trying
     * each of thousands of places made a long text quadratic.
     */
    private static boolean endsWithPhrase(Pattern phrase, String before) {
        int i = before.length();
        for (int word = 0; word < 2; word++) {
            while (i > 0 && AmountDigits.isRegexSpace(before.charAt(i - 1))) {
                i--;
            }
            while (i > 0 && !AmountDigits.isRegexSpace(before.charAt(i - 1))) {
                i--;
            }
        }
        while (i > 0 && AmountDigits.isRegexSpace(before.charAt(i - 1))) {
            i--;
        }
        return phrase.matcher(before).region(Math.max(0, i - LONGEST_PHRASE), before.length())
                .useTransparentBounds(true).find();
    }

    private PricePhrases() {
    }
}
