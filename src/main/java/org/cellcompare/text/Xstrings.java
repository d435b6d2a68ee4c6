package org.cellcompare.text;

/**
 * Text as a workbook's XML must hold it (ISO/IEC 29500's ST_Xstring, used for cell text, sheet
 * names, chart labels and drop-down messages). Readers turn every {@code _xHHHH_} into the
 * character with that code, so text that holds one literally has its underscore written as
 * {@code _x005F_}: otherwise Excel shows "A" where a clinic wrote "_x0041_". Characters XML 1.0
 * cannot hold (control characters other than tab, line feed and carriage return) travel as such
 * an escape too, as Excel writes them, instead of being lost. Excel, LibreOffice and POI read the
 * escaped text back as the original.
 */
public final class Xstrings {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Xstrings() {
    }

    /** The text as it must be written into the XML; the same instance when nothing needs escaping; null stays null. */
    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        int first = firstToEscape(text);
        if (first < 0) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 14).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_' && startsEscape(text, i)) {
                escaped.append("_x005F_");
            } else if (cannotBeInXml(c)) {
                escaped.append("_x").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF])
                        .append(HEX[c & 0xF]).append('_');
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static int firstToEscape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_' ? startsEscape(text, i) : cannotBeInXml(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code _xHHHH_} starts at {@code at}, which a reader would turn into one character. */
    private static boolean startsEscape(String text, int at) {
        if (at + 6 >= text.length() || text.charAt(at + 1) != 'x' || text.charAt(at + 6) != '_') {
            return false;
        }
        for (int i = at + 2; i < at + 6; i++) {
            if (!isHexDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHexDigit(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'F' || c >= 'a' && c <= 'f';
    }

    /** Characters outside XML 1.0's Char production that a Java string can still hold whole. */
    private static boolean cannotBeInXml(char c) {
        return c < ' ' && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF';
    }
}
