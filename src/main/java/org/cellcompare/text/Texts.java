package org.cellcompare.text;

/** Small text helpers shared by the stages. */
public final class Texts {

    /** Excel refuses a cell longer than this, so nothing longer is kept. */
    public static final int MAX_CELL_TEXT = 32_767;

    private Texts() {
    }

    /** The text, cut to {@code max} characters with an ellipsis when longer; null stays null. */
    public static String fit(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 1;
        // never half of an emoji or another character outside the basic plane
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /** Null for blank text, so empty cells stay empty in the database. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
