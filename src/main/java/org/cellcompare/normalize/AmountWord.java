package org.cellcompare.normalize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A word that multiplies the amount before it: "12k", "4.5 lakh", "Rp 90 juta", "3,500만원",
 * "1.2 ล้าน". Each language's words are listed here once, with what they multiply by and which
 * currencies their language implies when the price names none.
 *
 * @param word           as written, matched in any case
 * @param factor         what the amount is multiplied by
 * @param implied        currencies a price in this language means, the likeliest first; empty if the word says nothing
 * @param decimalBefore  whether "1.250 million" means 1.25 million, as in English; in the other languages a mark
 *                       before three digits groups them ("3,500만", "1.500 juta", "2.500 millones")
 */
record AmountWord(String word, BigDecimal factor, List<String> implied, boolean decimalBefore) {

    private static final List<String> NONE = List.of();
    private static final List<String> SOUTH_ASIAN = List.of("INR", "PKR", "NPR", "LKR", "BDT");
    private static final List<String> EAST_ASIAN = List.of("CNY", "JPY");
    private static final List<String> VIETNAMESE = List.of("VND");
    /** Indonesian and Malay share the words; Indonesia writes far more prices in them. */
    private static final List<String> MALAY = List.of("IDR", "MYR");
    private static final List<String> KOREAN = List.of("KRW");
    private static final List<String> THAI = List.of("THB");

    private static final List<AmountWord> ALL = List.of(
            english(1_000, "k", "thousand"),
            english(1_000_000, "m", "mn", "mio", "million", "millions"),
            english(1_000_000_000, "bn", "billion", "billions"),
            grouping(1_000, NONE, "mil"),
            grouping(1_000_000, NONE, "millón", "millon", "millones", "milhão", "milhao", "milhões", "milhoes"),
            grouping(1_000_000_000, NONE, "bilhão", "bilhao", "bilhões", "bilhoes"),
            grouping(100_000, SOUTH_ASIAN, "lakh", "lakhs", "lac", "lacs", "लाख"),
            grouping(10_000_000, SOUTH_ASIAN, "crore", "crores", "cr", "करोड़", "करोड"),
            grouping(1_000, SOUTH_ASIAN, "हज़ार", "हजार"),
            grouping(1_000, VIETNAMESE, "nghìn", "ngàn"),
            grouping(1_000_000, VIETNAMESE, "triệu", "tr"),
            grouping(1_000_000_000, VIETNAMESE, "tỷ", "tỉ"),
            grouping(1_000, MALAY, "ribu", "rb"),
            grouping(1_000_000, MALAY, "juta", "jt"),
            grouping(1_000_000_000, MALAY, "miliar", "milyar"),
            grouping(1_000, EAST_ASIAN, "千"),
            grouping(10_000, EAST_ASIAN, "万", "萬"),
            grouping(1_000_000, EAST_ASIAN, "百万", "百萬"),
            grouping(10_000_000, EAST_ASIAN, "千万", "千萬"),
            grouping(100_000_000, EAST_ASIAN, "亿", "億"),
            grouping(1_000, KOREAN, "천"),
            grouping(10_000, KOREAN, "만"),
            grouping(1_000_000, KOREAN, "백만"),
            grouping(10_000_000, KOREAN, "천만"),
            grouping(100_000_000, KOREAN, "억"),
            grouping(1_000, THAI, "พัน"),
            grouping(10_000, THAI, "หมื่น"),
            grouping(100_000, THAI, "แสน"),
            grouping(1_000_000, THAI, "ล้าน"))
            .stream().flatMap(List::stream).toList();

    private static final Map<String, AmountWord> BY_WORD = byWord();

    /**
     * A word right after an amount, perhaps after one space, and not the start of a longer Latin
     * word ("5 months" has no "m"). Longest first, so "千万" wins over "千".
     */
    private static final Pattern AFTER_AMOUNT = Pattern.compile("\\s?(" + ALL.stream().map(AmountWord::word)
                    .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                    .collect(Collectors.joining("|")) + ")(?![\\p{IsLatin}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The word that begins at {@code from} in {@code text}, and where it ends; null if none does. */
    static Found after(String text, int from) {
        Matcher m = AFTER_AMOUNT.matcher(text).region(from, text.length());
        return m.lookingAt() ? new Found(BY_WORD.get(m.group(1).toLowerCase(Locale.ROOT)), m.end()) : null;
    }

    /** A multiplier word found in a text, and the end of it. */
    record Found(AmountWord word, int end) {
    }

    /**
     * Words written after a letter in languages that use no spaces, such as the "만" of "3,500만원":
     * a currency symbol that follows one still stands on its own.
     */
    static boolean endsWithUnspacedWord(CharSequence text, int end) {
        for (AmountWord word : ALL) {
            String w = word.word();
            if (!isLatin(w) && end >= w.length() && text.subSequence(end - w.length(), end).toString().equals(w)) {
                return true;
            }
        }
        return false;
    }

    /** Every word, for tests that hold the table to having each once. */
    static List<String> words() {
        return ALL.stream().map(AmountWord::word).toList();
    }

    private static boolean isLatin(String word) {
        return word.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    private static Map<String, AmountWord> byWord() {
        Map<String, AmountWord> byWord = new HashMap<>();
        for (AmountWord word : ALL) {
            if (byWord.put(word.word().toLowerCase(Locale.ROOT), word) != null) {
                throw new IllegalStateException("The amount word " + word.word() + " is listed twice");
            }
        }
        return Map.copyOf(byWord);
    }

    private static List<AmountWord> english(long factor, String... words) {
        return of(factor, NONE, true, words);
    }

    private static List<AmountWord> grouping(long factor, List<String> implied, String... words) {
        return of(factor, implied, false, words);
    }

    private static List<AmountWord> of(long factor, List<String> implied, boolean decimalBefore, String... words) {
        List<AmountWord> list = new ArrayList<>();
        for (String word : words) {
            list.add(new AmountWord(word, BigDecimal.valueOf(factor), implied, decimalBefore));
        }
        return list;
    }
}
