package org.cellcompare.normalize;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The digits of an amount as people write them: where a number starts and ends in a text, and
 * what its grouping and decimal marks make of it ("15,000", "12,50", "4,50,000", "8 500",
 * "1'234.50"). Each is a loop over the characters, so a text of any length is read in time that
 * grows with its length.
 */
final class AmountDigits {

    private static final Pattern GROUPING_SPACES = Pattern.compile("[\\s'’]");

    private static final Pattern LEADING_MARKS = Pattern.compile("^[.,]+");

    private static final Pattern MARKS = Pattern.compile("[.,]");

    /** Whole digits of a digit run that are turned into a number (see {@link #decimal}). */
    private static final int KEPT_WHOLE_DIGITS = 40;

    /** Decimals of a digit run that are turned into a number: more than any text the parser reads has. */
    private static final int KEPT_DECIMALS = PriceLimits.MAX_TEXT_LENGTH;

    /** Where a number starts and ends in a text. */
    record Span(int start, int end) {
    }

    /**
     * The next run of digits at or after {@code from}, with the grouping and decimal marks people
     * use: digits, dots, commas and apostrophes; a space only before a group of exactly three digits
     * ("8 500"), or after a decimal mark before one or two final digits ("119. 95"). A number may
     * start with its decimal mark (".75"), or two marks (".,5"), when no digit or mark comes before.
     * Marks and spaces it ends with are not part of it. A loop: the regular expression it replaces
     * recursed once per character, and a few thousand digits overflowed the stack.
     */
    static Span nextNumber(String s, int from) {
        for (int p = from; p < s.length(); p++) {
            int firstDigit = firstDigitOfNumberAt(s, p);
            if (firstDigit < 0) {
                continue;
            }
            int end = firstDigit + 1;
            while (end < s.length() && continuesNumber(s, end)) {
                end++;
            }
            while (end > firstDigit + 1 && isTrailingMark(s.charAt(end - 1))) {
                end--;
            }
            return new Span(p, end);
        }
        return null;
    }

    /** The first digit of a number that starts at {@code p}, or -1 when none starts there. */
    private static int firstDigitOfNumberAt(String s, int p) {
        char c = s.charAt(p);
        if (isDigit(c)) {
            return p;
        }
        if (!isMark(c) || (p > 0 && (isDigit(s.charAt(p - 1)) || isMark(s.charAt(p - 1))))) {
            return -1;
        }
        if (p + 2 < s.length() && isMark(s.charAt(p + 1)) && isDigit(s.charAt(p + 2))) {
            return p + 2;
        }
        return p + 1 < s.length() && isDigit(s.charAt(p + 1)) ? p + 1 : -1;
    }

    /** Whether the character at {@code i}, after a number's first digit, still belongs to it. */
    private static boolean continuesNumber(String s, int i) {
        char c = s.charAt(i);
        if (isDigit(c) || isMark(c) || c == '\'' || c == '’') {
            return true;
        }
        if (!isRegexSpace(c)) {
            return false;
        }
        int digits = digitsFrom(s, i + 1, 4);
        if (digits == 3) {
            return true;
        }
        if (isMark(s.charAt(i - 1)) && (digits == 1 || digits == 2)) {
            int after = i + 1 + digits;
            return after >= s.length() || !isMark(s.charAt(after));
        }
        return false;
    }

    /** How many digits follow one another from {@code from}, counting no further than {@code max}. */
    private static int digitsFrom(String s, int from, int max) {
        int n = 0;
        while (n < max && from + n < s.length() && isDigit(s.charAt(from + n))) {
            n++;
        }
        return n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isMark(char c) {
        return c == '.' || c == ',';
    }

    private static boolean isTrailingMark(char c) {
        return isMark(c) || c == '\'' || c == '’' || isRegexSpace(c);
    }

    /** What {@code \s} matches in these patterns, which do not ask for Unicode classes. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /**
     * Reads a digit run. Both marks: the last one is the decimal mark. One mark, used once, before
     * exactly three digits: a thousands separator ("15,000", "60.000"); otherwise a decimal mark
     * ("12,50", "4.5 lakh"). Used several times: grouping, Indian grouping ("4,50,000") included.
     */
    static BigDecimal interpret(String run, Character decimalSeparator, boolean decimalBeforeWord) {
        String s = GROUPING_SPACES.matcher(run).replaceAll("");
        if (s.charAt(0) == '.' || s.charAt(0) == ',') {
            String rest = LEADING_MARKS.matcher(s).replaceFirst("");
            boolean leadingIsTheDecimalMark = decimalSeparator != null
                    ? s.charAt(0) == decimalSeparator && rest.indexOf(decimalSeparator) < 0
                    : !rest.contains(".") && !rest.contains(",");
            if (leadingIsTheDecimalMark) {
                rest = MARKS.matcher(rest).replaceAll("");
                return decimal("0." + rest);
            }
            s = rest;
        }
        if (decimalSeparator != null && (decimalSeparator == '.' || decimalSeparator == ',')) {
            char grouping = decimalSeparator == '.' ? ',' : '.';
            s = s.replace(String.valueOf(grouping), "");
            if (count(s, decimalSeparator) > 1) {
                return null;
            }
            return decimal(s.replace(decimalSeparator, '.'));
        }
        int dots = count(s, '.');
        int commas = count(s, ',');
        if (dots == 0 && commas == 0) {
            return decimal(s);
        }
        if (dots > 0 && commas > 0) {
            char decimalMark = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
            char grouping = decimalMark == '.' ? ',' : '.';
            if (count(s, decimalMark) > 1 || s.indexOf(grouping) > s.indexOf(decimalMark)) {
                return null;
            }
            return decimal(s.replace(String.valueOf(grouping), "").replace(decimalMark, '.'));
        }
        char mark = dots > 0 ? '.' : ',';
        if (count(s, mark) > 1) {
            String[] groups = s.split(Pattern.quote(String.valueOf(mark)));
            if (groups[groups.length - 1].length() != 3) {
                return null;
            }
            return decimal(s.replace(String.valueOf(mark), ""));
        }
        int digitsAfter = s.length() - s.indexOf(mark) - 1;
        boolean leadingZero = s.startsWith("0" + mark);
        if (digitsAfter == 3 && !decimalBeforeWord && !leadingZero) {
            return decimal(s.replace(String.valueOf(mark), ""));
        }
        return decimal(s.replace(mark, '.'));
    }

    /**
     * The number in digits with at most one decimal point. Java takes time that grows with the
     * square of the digits to turn them into a number, so of more than 40 whole digits only the
     * first 40 are, and the others only counted: such an amount is refused as too large, and its
     * reason says how many digits it has. Decimals past the thousandth, which only a text longer
     * than any the parser reads can have, are dropped.
     */
    private static BigDecimal decimal(String s) {
        int point = s.indexOf('.');
        int wholeEnd = point < 0 ? s.length() : point;
        int lead = 0;
        while (lead < wholeEnd && s.charAt(lead) == '0') {
            lead++;
        }
        int wholeDigits = wholeEnd - lead;
        try {
            if (wholeDigits > KEPT_WHOLE_DIGITS) {
                return new BigDecimal(s.substring(lead, lead + KEPT_WHOLE_DIGITS))
                        .scaleByPowerOfTen(wholeDigits - KEPT_WHOLE_DIGITS);
            }
            boolean manyDecimals = point >= 0 && s.length() - point - 1 > KEPT_DECIMALS;
            return new BigDecimal(manyDecimals ? s.substring(0, point + 1 + KEPT_DECIMALS) : s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) == c ? 1 : 0;
        }
        return n;
    }

    private AmountDigits() {
    }
}
