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
        String words = words(text);
        return words.indexOf(' ') < 0 ? words : words.replace(" ", "");
    }

    /** Lower case, without accents, every run of non-letters and non-digits turned into one space. */
    public static String words(String text) {
        if (text == null) {
            return "";
        }
        if (isAscii(text)) {
            return asciiWords(text);
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D').replace('ø', 'o').replace('ß', 's').replace('ł', 'l').replace('Ł', 'L');
        return NON_ALNUM.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** What {@link #words} gives for ASCII text, without the cost of Unicode decomposition. */
    private static String asciiWords(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }
}
