package org.cellcompare.travel;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.cellcompare.text.Memo;

/**
 * Whether a package houses the family for the program's days, as it says in an {@code Includes}
 * column ("hotel, physiotherapy", "5-day hospital stay", "alojamiento") or in words of the program
 * ("accommodation included", "hotel included", "incluye alojamiento"). Said in a list of what is
 * included, lodging words are enough; said in a program's name, they must say "included", since
 * "hotel near the clinic" promises nothing. "Not included", "extra" or "sin" say the opposite.
 */
final class PackageLodging {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final String LODGING = "(?:accommodations?|hotels?|lodging|hostel|apartment|hospital stay|hospitali[sz]ation"
            + "|inpatient|in-patient|nights?|alojamiento|hospedaje|hospitalizacion|internacion|estancia hospitalaria"
            + "|estadia)";
    private static final Pattern NEGATED = Pattern.compile("\\b(?:not|excluding|excludes|without|extra|sin|no incluye|no incluido"
            + "|no incluida|excluye|aparte)\\b[^,;.]{0,30}\\b" + LODGING + "\\b|\\b" + LODGING
            + "\\b[^,;.]{0,30}\\b(?:not included|extra|excluded|no incluid[oa]|aparte|por separado|not covered)\\b");
    private static final Pattern LISTED = Pattern.compile("\\b" + LODGING + "\\b");
    private static final Pattern SAID_INCLUDED = Pattern.compile("\\b(?:includ\\w*|with|incluye\\w*|incluid[oa]s?|con)\\b"
            + "[^,;.]{0,40}\\b" + LODGING + "\\b|\\b" + LODGING + "\\b[^,;.]{0,20}\\b(?:included|incluid[oa]s?|provided)\\b");

    private PackageLodging() {
    }

    // the same few phrases recur over thousands of rows
    private static final Memo<Boolean> LISTS_LODGING = new Memo<>(text -> says(text, LISTED));
    private static final Memo<Boolean> SAYS_LODGING_INCLUDED = new Memo<>(text -> says(text, SAID_INCLUDED));

    /** {@code includes}: the Includes column; {@code words}: the program and other free text. */
    static boolean housesTheFamily(String includes, String words) {
        return includes != null && LISTS_LODGING.apply(includes) || words != null && SAYS_LODGING_INCLUDED.apply(words);
    }

    private static boolean says(String text, Pattern lodging) {
        String folded = folded(text);
        return folded != null && !NEGATED.matcher(folded).find() && lodging.matcher(folded).find();
    }

    /** Lower case without accents, punctuation kept: a comma ends what "not" or "included" speaks of. */
    private static String folded(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
