package org.cellcompare.normalize;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

/**
 * Finds the currencies written in a text (ISO codes, symbols, and words in the languages of the
 * countries clinics are in) and which ISO 4217 codes each can mean. The symbols and words are
 * data, in {@code currencies/symbols.csv} and {@code currencies/words.csv}; a shared one lists
 * its candidates with the documented default first: {@code $} is USD, {@code ¥} is CNY,
 * {@code kr} is SEK, {@code Rs} is INR, "pesos" are MXN, unless the currency column or the
 * country says otherwise.
 */
@Component
public final class CurrencyResolver {

    /** Every ISO 4217 code Java knows, which is every active currency. */
    static final Set<String> ISO_CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<Character.UnicodeScript> UNSPACED_SCRIPTS = Set.of(Character.UnicodeScript.HAN,
            Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA, Character.UnicodeScript.HANGUL,
            Character.UnicodeScript.THAI);
    /** Symbols and abbreviations, matched exactly as written. */
    private static final Map<String, List<String>> SYMBOLS = CurrencyTable.load("/currencies/symbols.csv", s -> s, ISO_CODES);
    /** Currency names, matched as whole words in any case. */
    private static final Map<String, List<String>> WORDS = CurrencyTable.load("/currencies/words.csv",
            w -> w.toLowerCase(Locale.ROOT), ISO_CODES);
    /** Codes people also type in lower case; other three-letter words ("try", "all") are not currencies. */
    private static final Set<String> LOWER_CASE_CODES = Set.of("usd", "eur", "gbp", "thb", "inr", "cny", "rmb",
            "mxn", "vnd", "jpy", "krw", "php", "myr", "sgd", "aud", "cad", "chf", "brl", "cop", "pab", "idr", "uah",
            "rub", "nzd", "hkd", "aed", "zar", "ars", "clp", "pen", "pkr", "sek", "dkk", "nok", "pln", "czk", "huf");
    /** Codes people use that ISO 4217 does not have. */
    private static final Map<String, String> CODE_ALIASES = Map.of("RMB", "CNY", "NTD", "TWD", "UKP", "GBP",
            "RUR", "RUB", "YTL", "TRY", "VNĐ", "VND", "NIS", "ILS", "SFR", "CHF", "US", "USD");

    /** Every mention at once; {@link #find} applies it only where a mention can begin. */
    static final Pattern MENTION = buildMentionPattern();
    private static final Map<Character, Pattern> MENTION_BY_FIRST = new ConcurrentHashMap<>();
    private static final Map<String, String> COUNTRY_CURRENCIES = countryCurrencies();
    /** First characters of every mention that does not begin with a letter. */
    private static final String SYMBOL_STARTS = Stream.of(SYMBOLS.keySet(), WORDS.keySet(), ISO_CODES, CODE_ALIASES.keySet())
            .flatMap(Collection::stream)
            .filter(s -> !Character.isLetter(s.codePointAt(0)))
            .map(s -> s.substring(0, 1))
            .distinct()
            .collect(Collectors.joining());

    /**
     * The first one, two and three characters of every mention, folded to lower case with spaces
     * as " ", for the lengths mentions can have. The pattern is a long list of alternatives that
     * Java tries one by one at each place; a place whose first characters begin no mention is
     * skipped without trying it. A mention with a space early on keeps its beginning only up to
     * the space, because the pattern lets any run of spaces stand there.
     */
    private static final List<Set<String>> BEGINNINGS = beginnings();

    private static List<Set<String>> beginnings() {
        List<Set<String>> byLength = List.of(new HashSet<>(), new HashSet<>(), new HashSet<>());
        Stream.of(SYMBOLS.keySet(), WORDS.keySet(), ISO_CODES, CODE_ALIASES.keySet(), LOWER_CASE_CODES)
                .flatMap(Collection::stream)
                .forEach(mention -> {
                    String folded = fold(mention, 0, Math.min(mention.length(), 3));
                    int space = folded.indexOf(' ');
                    String beginning = space >= 0 ? folded.substring(0, space + 1) : folded;
                    byLength.get(beginning.length() - 1).add(beginning);
                });
        return byLength.stream().map(Set::copyOf).toList();
    }

    /** Characters {@code from} to {@code to} of {@code text}, each lower-cased as case-insensitive matching sees it, spaces as " ". */
    private static String fold(CharSequence text, int from, int to) {
        StringBuilder folded = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            folded.append(fold(text.charAt(i)));
        }
        return folded.toString();
    }

    private static char fold(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : Character.toLowerCase(Character.toUpperCase(c));
    }

    /**
     * Symbols that start with a letter and hold other characters ("R$", "US$", "Rs.") are tried
     * first and must not follow a letter; words, codes and letter symbols ("kr", "RM") must stand
     * alone; other symbols ("$", "€", "฿") match anywhere.
     */
    private static Pattern buildMentionPattern() {
        return mentionPattern(mention -> true);
    }

    /** The mention pattern with only the mentions {@code kept} keeps, each group in the same order. */
    private static Pattern mentionPattern(Predicate<String> kept) {
        String words = alternation(WORDS.keySet().stream().filter(kept).map(CurrencyResolver::loose));
        Predicate<String> spaced = kept.and(s -> !isUnspaced(s));
        String mixed = alternation(SYMBOLS.keySet().stream().filter(spaced)
                .filter(s -> Character.isLetter(s.charAt(0)) && !s.chars().allMatch(Character::isLetter)).map(Pattern::quote));
        String letters = alternation(SYMBOLS.keySet().stream().filter(spaced).filter(s -> s.chars().allMatch(Character::isLetter))
                .map(Pattern::quote));
        String unspaced = alternation(SYMBOLS.keySet().stream().filter(kept).filter(CurrencyResolver::isUnspaced).map(Pattern::quote));
        String symbols = alternation(SYMBOLS.keySet().stream().filter(spaced).filter(s -> !Character.isLetter(s.charAt(0)))
                .map(Pattern::quote));
        String codes = alternation(Stream.of(ISO_CODES.stream(), CODE_ALIASES.keySet().stream(), LOWER_CASE_CODES.stream())
                .flatMap(s -> s).filter(kept));
        String amountWords = alternation(AmountWord.words().stream().filter(CurrencyResolver::isUnspaced).map(Pattern::quote));
        return Pattern.compile("(?<![\\p{L}])(?<mixed>" + mixed + ")"
                + "|(?<![\\p{L}])(?:(?<word>(?iu:" + words + "))|(?<lettersym>" + letters + ")|(?<code>" + codes
                + "))(?![\\p{L}])"
                + "|(?:(?<![\\p{L}])|(?<=" + amountWords + "))(?<unspaced>" + unspaced + ")"
                + "|(?<symbol>" + symbols + ")");
    }

    /**
     * Written in a script that puts no spaces between words (Chinese, Japanese, Korean, Thai):
     * such a currency may follow a word without a space ("3,500만원", "50万円"), and the word after
     * it may follow it the same way ("50万円から").
     */
    private static boolean isUnspaced(String text) {
        return text.codePoints().allMatch(c -> UNSPACED_SCRIPTS.contains(Character.UnicodeScript.of(c)));
    }

    /**
     * The mention pattern with only the mentions that begin with this character, folded to lower
     * case; made the first time a text needs it. Java tries a pattern's hundreds of alternatives
     * one by one, and at any place all but a few begin with another character; since
     * case-insensitive matching never pairs characters whose folded forms differ, leaving those
     * out changes no match.
     */
    private static Pattern mentionPatternStartingWith(char first) {
        return MENTION_BY_FIRST.computeIfAbsent(first, f -> mentionPattern(mention -> fold(mention.charAt(0)) == f));
    }


    /** Longest first, so "US$" wins over "$". */
    private static String alternation(Stream<String> parts) {
        String alternatives = parts.sorted(Comparator.comparingInt(String::length).reversed()).collect(Collectors.joining("|"));
        return alternatives.isEmpty() ? "(?!)" : alternatives;
    }

    /** A word pattern that accepts any spacing between its parts. */
    private static String loose(String word) {
        return Pattern.quote(word).replace(" ", "\\E\\s+\\Q").replace("\\Q\\E", "");
    }

    /** A currency written in some text, with the ISO codes it can mean. */
    public record Mention(int start, int end, String text, List<String> candidates) {

        public boolean isAmbiguous() {
            return candidates.size() > 1;
        }
    }

    /** ISO codes a currency column value or a number format's symbol can mean; empty if none. */
    public List<String> candidates(String token) {
        if (token == null || token.isBlank()) {
            return List.of();
        }
        String t = token.strip();
        String upper = t.toUpperCase(Locale.ROOT);
        if (ISO_CODES.contains(upper)) {
            return List.of(upper);
        }
        if (CODE_ALIASES.containsKey(upper)) {
            return List.of(CODE_ALIASES.get(upper));
        }
        List<String> symbol = SYMBOLS.get(t);
        if (symbol != null) {
            return symbol;
        }
        List<String> word = WORDS.get(SPACES.matcher(t.toLowerCase(Locale.ROOT)).replaceAll(" "));
        if (word != null) {
            return word;
        }
        List<Mention> mentions = find(t);
        return mentions.size() == 1 ? mentions.get(0).candidates() : List.of();
    }

    /** Every currency written in {@code text}, in order. */
    public List<Mention> find(String text) {
        List<Mention> mentions = new ArrayList<>();
        // The pattern is tried only where a mention can begin, which skips the digits, spaces and
        // separators that make up most of a price, and only with the mentions that begin with the
        // character there: the same matches as find(), many times faster.
        int i = 0;
        while (i < text.length()) {
            if (!canBeginMention(text, i)) {
                i++;
                continue;
            }
            Pattern pattern = Character.isSurrogate(text.charAt(i)) ? MENTION
                    : mentionPatternStartingWith(fold(text.charAt(i)));
            Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            m.region(i, text.length());
            if (!m.lookingAt()) {
                i++;
                continue;
            }
            List<String> candidates = candidatesOf(m);
            if (!candidates.isEmpty()) {
                mentions.add(new Mention(m.start(), m.end(), m.group(), candidates));
            }
            i = m.end() > i ? m.end() : i + 1;
        }
        return mentions;
    }

    /**
     * A letter that does not follow a letter, or the first character of a symbol such as "$" or
     * "€"; either way, followed by characters that begin some mention.
     */
    private static boolean canBeginMention(String text, int i) {
        char c = text.charAt(i);
        if (Character.isSurrogate(c)) {
            return true;
        }
        boolean afterALetter = i > 0 && Character.isLetter(text.charAt(i - 1))
                && !(isUnspaced(String.valueOf(c)) && AmountWord.endsWithUnspacedWord(text, i));
        if (Character.isLetter(c) ? afterALetter : SYMBOL_STARTS.indexOf(c) < 0) {
            return false;
        }
        for (int length = 1; length <= 3 && i + length <= text.length(); length++) {
            if (BEGINNINGS.get(length - 1).contains(fold(text, i, i + length))) {
                return true;
            }
        }
        return false;
    }

    static List<String> candidatesOf(Matcher m) {
        if (m.group("code") != null) {
            String code = m.group("code");
            boolean lower = Character.isLowerCase(code.charAt(0));
            if (lower && !LOWER_CASE_CODES.contains(code)) {
                return List.of();
            }
            String upper = code.toUpperCase(Locale.ROOT);
            if (CODE_ALIASES.containsKey(upper)) {
                return List.of(CODE_ALIASES.get(upper));
            }
            return ISO_CODES.contains(upper) ? List.of(upper) : List.of();
        }
        if (m.group("word") != null) {
            return WORDS.getOrDefault(SPACES.matcher(m.group("word").toLowerCase(Locale.ROOT)).replaceAll(" "), List.of());
        }
        String symbol = m.group("mixed") != null ? m.group("mixed")
                : m.group("lettersym") != null ? m.group("lettersym")
                : m.group("unspaced") != null ? m.group("unspaced") : m.group("symbol");
        return SYMBOLS.getOrDefault(symbol, List.of());
    }

    /** Currencies a clinic in this country most likely means by a shared symbol: its own. */
    public static String currencyOfCountry(String countryCode) {
        return countryCode == null ? null : COUNTRY_CURRENCIES.get(countryCode);
    }

    private static Map<String, String> countryCurrencies() {
        Map<String, String> currencies = new HashMap<>();
        for (String country : Locale.getISOCountries()) {
            try {
                Currency currency = Currency.getInstance(new Locale("", country));
                if (currency != null) {
                    currencies.put(country, currency.getCurrencyCode());
                }
            } catch (IllegalArgumentException e) {
                // a country without a currency of its own (Antarctica) has none to assume
            }
        }
        return Map.copyOf(currencies);
    }

    /** Whether a shared symbol's candidates include this currency. */
    static boolean allows(List<String> candidates, String currency) {
        return currency != null && candidates.contains(currency);
    }
}
