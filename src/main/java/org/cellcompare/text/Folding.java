package org.cellcompare.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds free text to a comparable key: lower case, accents removed, punctuation and spaces
 * handled. Analysts write "Clínica", "clinica" and "CLINICA " for the same thing.
 */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Folding() {
    }

    /** Lower case, without accents, every run of non-letters and non-digits removed. */
    public static String key(String text) {
        return NON_ALNUM.matcher(words(text)).replaceAll("");
    }

    /** Lower case, without accents, every run of non-letters and non-digits turned into one space. */
    public static String words(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D').replace('ø', 'o').replace('ß', 's').replace('ł', 'l');
        return NON_ALNUM.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
