package org.cellcompare.normalize;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * A price's text in one form before it is read: spaces of every width as plain spaces, dashes as
 * "-", full-width digits as digits, and characters that show nothing left out.
 */
final class PriceText {

    private static final Pattern WIDE_SPACES = Pattern.compile("[\\u00A0\\u202F\\u2007\\u2009\\u200A\\u2002-\\u2006\\u3000]");

    private static final Pattern INVISIBLES = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u200E\\u200F]");

    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** No-break, narrow no-break and thin spaces become spaces; dashes become "-"; full-width digits become digits. */
    static String normalize(String text) {
        if (isTidyAscii(text)) {
            return text;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = WIDE_SPACES.matcher(s).replaceAll(" ");
        s = INVISIBLES.matcher(s).replaceAll("");
        s = DASHES.matcher(s).replaceAll("-");
        return WHITESPACE.matcher(s).replaceAll(" ").strip();
    }

    /** Printable ASCII with single spaces inside and none around: what most prices are, and already normal. */
    private static boolean isTidyAscii(String text) {
        int last = text.length() - 1;
        if (last < 0 || text.charAt(0) == ' ' || text.charAt(last) == ' ') {
            return last < 0;
        }
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if (c < ' ' || c > '~' || (c == ' ' && text.charAt(i - 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    private PriceText() {
    }
}
