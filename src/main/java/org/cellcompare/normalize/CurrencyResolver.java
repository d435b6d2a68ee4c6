package org.cellcompare.normalize;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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

/**
 * Knows how people write currencies (ISO codes, symbols, words in English and Spanish) and which
 * ISO 4217 codes each can mean. Shared symbols list their candidates with the documented default
 * first: {@code $} is USD, {@code ¥} is CNY, {@code kr} is SEK, {@code Rs} is INR, "pesos" are MXN,
 * unless the currency column or the country says otherwise.
 */
public final class CurrencyResolver {

    /** Every ISO 4217 code Java knows, which is every active currency. */
    static final Set<String> ISO_CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    private static final List<String> DOLLAR = List.of("USD", "CAD", "AUD", "NZD", "SGD", "HKD", "TWD", "MXN",
            "ARS", "CLP", "COP", "UYU", "DOP", "CUP", "BSD", "BBD", "BZD", "JMD", "TTD", "FJD", "NAD", "LRD", "BND",
            "XCD", "SRD", "GYD", "KYD", "BMD", "SBD", "ZWL", "BRL");
    private static final List<String> PESO = List.of("MXN", "COP", "ARS", "CLP", "PHP", "DOP", "UYU", "CUP");
    private static final List<String> RUPEE = List.of("INR", "PKR", "LKR", "NPR", "MUR", "SCR", "IDR");
    private static final List<String> KRONA = List.of("SEK", "DKK", "NOK", "ISK");
    private static final List<String> YEN_YUAN = List.of("CNY", "JPY");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<Character.UnicodeScript> UNSPACED_SCRIPTS = Set.of(Character.UnicodeScript.HAN,
            Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA, Character.UnicodeScript.HANGUL,
            Character.UnicodeScript.THAI);
    /** Symbols and abbreviations, matched exactly as written. */
    private static final Map<String, List<String>> SYMBOLS = new LinkedHashMap<>();
    /** Currency names, matched as whole words in any case. */
    private static final Map<String, List<String>> WORDS = new LinkedHashMap<>();
    /** Codes people also type in lower case; other three-letter words ("try", "all") are not currencies. */
    private static final Set<String> LOWER_CASE_CODES = Set.of("usd", "eur", "gbp", "thb", "inr", "cny", "rmb",
            "mxn", "vnd", "jpy", "krw", "php", "myr", "sgd", "aud", "cad", "chf", "brl", "cop", "pab", "idr", "uah",
            "rub", "nzd", "hkd", "aed", "zar", "ars", "clp", "pen", "pkr", "sek", "dkk", "nok", "pln", "czk", "huf");
    /** Codes people use that ISO 4217 does not have. */
    private static final Map<String, String> CODE_ALIASES = Map.of("RMB", "CNY", "NTD", "TWD", "UKP", "GBP",
            "RUR", "RUB", "YTL", "TRY", "VNĐ", "VND", "NIS", "ILS", "SFR", "CHF", "US", "USD");

    static {
        symbol(DOLLAR, "$", "＄");
        symbol(List.of("USD"), "US$", "U$S", "USD$", "U.S.$", "US $", "U$");
        symbol(List.of("MXN"), "MX$", "MXN$", "Mex$", "MN$", "M.N.");
        symbol(List.of("CAD"), "CA$", "C$", "CAD$", "Can$");
        symbol(List.of("AUD"), "A$", "AU$", "AUD$");
        symbol(List.of("NZD"), "NZ$");
        symbol(List.of("SGD"), "S$", "SG$", "SGD$");
        symbol(List.of("HKD"), "HK$");
        symbol(List.of("TWD"), "NT$");
        symbol(List.of("BRL"), "R$");
        symbol(List.of("COP"), "COL$", "CO$", "COP$");
        symbol(List.of("ARS"), "AR$", "ARS$");
        symbol(List.of("CLP"), "CLP$");
        symbol(List.of("DOP"), "RD$");
        symbol(List.of("UYU"), "$U");
        symbol(List.of("PAB"), "B/.", "B/");
        symbol(List.of("PEN"), "S/.", "S/");
        symbol(List.of("EUR"), "€", "EUR€");
        symbol(List.of("GBP"), "£", "￡");
        symbol(YEN_YUAN, "¥", "￥");
        symbol(List.of("CNY"), "元", "CN¥", "RMB¥", "人民币", "人民幣");
        symbol(List.of("JPY"), "円", "JP¥", "日元", "日圓", "日圆");
        symbol(List.of("USD"), "美元", "美金", "米ドル", "달러", "ดอลลาร์สหรัฐ");
        symbol(List.of("HKD"), "港元", "港币", "港幣");
        symbol(List.of("TWD"), "新台币", "新臺幣", "台币", "台幣");
        symbol(List.of("EUR"), "欧元", "歐元", "ユーロ", "유로", "ยูโร");
        symbol(List.of("GBP"), "英镑", "英鎊");
        symbol(List.of("KRW"), "韩元", "韓元");
        symbol(List.of("THB"), "泰铢", "泰銖");
        symbol(List.of("INR"), "₹", "INR₹");
        symbol(RUPEE, "Rs.", "Rs", "₨");
        symbol(List.of("THB"), "฿", "บาท");
        symbol(List.of("VND"), "₫", "đ", "VNĐ");
        symbol(List.of("KRW"), "₩", "원");
        symbol(List.of("PHP"), "₱");
        symbol(List.of("TRY"), "₺", "TL");
        symbol(List.of("UAH"), "₴", "грн.", "грн");
        symbol(List.of("ILS"), "₪");
        symbol(List.of("BGN"), "лв.");
        symbol(KRONA, "kr.", "kr", "Kr");
        symbol(List.of("ZAR"), "R");
        symbol(List.of("MYR"), "RM");
        symbol(List.of("IDR"), "Rp.", "Rp");
        symbol(List.of("CHF"), "Fr.", "SFr.", "CHF");
        symbol(List.of("NGN"), "₦");
        symbol(List.of("CRC"), "₡");
        symbol(List.of("PYG"), "₲");
        symbol(List.of("GHS"), "₵");
        symbol(List.of("KZT"), "₸");
        symbol(List.of("GEL"), "₾");
        symbol(List.of("AZN"), "₼");
        symbol(List.of("LAK"), "₭");
        symbol(List.of("MNT"), "₮");
        symbol(List.of("KHR"), "៛");
        symbol(List.of("AED"), "د.إ", "Dh", "Dhs");
        symbol(List.of("SAR"), "ر.س");
        symbol(List.of("GTQ"), "Q");
        symbol(List.of("BOB", "VES"), "Bs.", "Bs");
        symbol(List.of("VES"), "Bs.S", "Bs.F", "BsS");
        symbol(List.of("RUB"), "Р", "руб.", "руб", "р.", "₽");
        symbol(List.of("BYN", "ETB"), "Br");
        symbol(List.of("RON", "MDL"), "lei", "Lei", "LEI");
        symbol(List.of("PLN"), "zł", "Zł", "ZŁ", "zl", "Zl");
        symbol(List.of("IRR"), "تومان");
        // The rial sign and the word are shared; the abbreviations name one country each. Prices are
        // read in Unicode's compatibility form, in which the sign is the Persian word, so both mean
        // Iran's rial first, and the Arabic spelling Saudi Arabia's riyal first.
        symbol(List.of("IRR", "SAR", "QAR", "OMR", "YER"), "﷼", "ریال");
        symbol(List.of("SAR", "QAR", "OMR", "YER", "IRR"), "ريال");
        symbol(List.of("QAR"), "ر.ق");
        symbol(List.of("OMR"), "ر.ع.");
        symbol(List.of("EGP", "SDG", "LBP", "SYP"), "جنيه", "ج.م.");
        symbol(List.of("AED", "MAD"), "درهم");
        symbol(List.of("MAD"), "د.م.");
        symbol(List.of("AFN"), "؋", "Af");
        symbol(List.of("ALL"), "Lek");
        symbol(List.of("AMD"), "֏", "դր.");
        symbol(List.of("ANG", "AWG"), "ƒ", "Afl.");
        symbol(List.of("AOA"), "Kz");
        symbol(List.of("BAM"), "KM");
        symbol(List.of("BDT"), "৳", "Tk");
        symbol(List.of("BHD"), "BD", "د.ب.");
        symbol(List.of("BIF"), "FBu");
        symbol(List.of("BTN"), "Nu.");
        symbol(List.of("BZD"), "BZ$");
        symbol(List.of("BND"), "BN$", "B$");
        symbol(List.of("BBD"), "Bds$");
        symbol(List.of("CUC"), "CUC$");
        symbol(List.of("CVE"), "CV$");
        symbol(List.of("DJF"), "Fdj");
        symbol(List.of("DZD"), "DA", "د.ج.");
        symbol(List.of("ERN"), "Nfk");
        symbol(List.of("GHS"), "GH₵", "GH¢");
        symbol(List.of("GNF"), "FG");
        symbol(List.of("HRK"), "kn");
        symbol(List.of("JMD"), "J$");
        symbol(List.of("JOD"), "JD", "د.أ.");
        symbol(List.of("KES"), "Ksh", "KSh");
        symbol(List.of("KMF"), "KMF", "CF");
        symbol(List.of("KWD"), "KD", "د.ك.");
        symbol(List.of("LYD"), "LD", "د.ل.");
        symbol(List.of("MOP"), "MOP$");
        symbol(List.of("MWK"), "MK");
        symbol(List.of("MKD"), "ден");
        symbol(List.of("MVR"), "Rf");
        symbol(List.of("MRU"), "UM");
        symbol(List.of("STN"), "Db");
        symbol(List.of("TZS"), "TSh");
        symbol(List.of("TOP"), "T$");
        symbol(List.of("TTD"), "TT$");
        symbol(List.of("TND"), "DT", "د.ت.");
        symbol(List.of("UGX"), "USh");
        symbol(List.of("VUV"), "VT");
        symbol(List.of("ZMW"), "ZK");
        symbol(List.of("ZWL"), "Z$");
        symbol(List.of("XOF", "XAF"), "CFA", "FCFA");
        symbol(List.of("NPR"), "रू", "र", "NRs");
        symbol(List.of("LKR"), "SLRs", "රු");
        symbol(List.of("KZT"), "тңг", "тңг.");
        symbol(List.of("KGS", "BGN"), "лв");
        symbol(List.of("GBP", "ITL"), "₤");
        symbol(List.of("FRF", "CHF"), "₣");
        symbol(List.of("CZK"), "Kč", "Kc", "KČ");
        symbol(List.of("HUF"), "Ft", "FT");

        word(DOLLAR, "dollar", "dollars");
        // Spanish and Portuguese name their own pesos and reais, so their dollars are U.S. dollars unless they say which
        word(List.of("USD"), "dólar", "dolar", "dólares", "dolares", "us dollars", "us dollar", "u.s. dollars",
                "american dollars", "dólares americanos", "dolares americanos", "dólares estadounidenses",
                "dolares estadounidenses", "dólar estadounidense", "dólar americano");
        word(List.of("CAD"), "dólares canadienses", "dolares canadienses", "dólar canadiense", "dolar canadiense",
                "dólares canadenses", "dólar canadense");
        word(List.of("AUD"), "dólares australianos", "dolares australianos", "dólar australiano", "dolar australiano");
        word(List.of("NZD"), "dólares neozelandeses", "dolares neozelandeses", "dólar neozelandés", "new zealand dollars");
        word(List.of("SGD"), "dólares de singapur", "dolares de singapur", "dólares singapurenses");
        word(List.of("HKD"), "dólares de hong kong", "dolares de hong kong", "hong kong dollars");
        word(List.of("SGD"), "singapore dollars", "singapore dollar");
        word(List.of("AUD"), "australian dollars", "australian dollar");
        word(List.of("CAD"), "canadian dollars", "canadian dollar");
        word(List.of("EUR"), "euro", "euros");
        word(List.of("GBP"), "pound", "pounds", "pounds sterling", "sterling", "libras", "libra esterlina");
        word(List.of("JPY"), "yen", "yenes");
        word(List.of("CNY"), "yuan", "renminbi", "rmb", "kuai");
        word(RUPEE, "rupee", "rupees", "rupia", "rupias");
        word(List.of("INR"), "indian rupees", "indian rupee");
        word(List.of("PKR"), "pakistani rupees", "pakistani rupee");
        word(List.of("IDR"), "rupiah");
        word(List.of("THB"), "baht", "bath", "thai baht");
        word(PESO, "peso", "pesos");
        word(List.of("MXN"), "pesos mexicanos", "peso mexicano", "mexican pesos");
        word(List.of("COP"), "pesos colombianos", "peso colombiano", "colombian pesos");
        word(List.of("ARS"), "pesos argentinos", "argentine pesos");
        word(List.of("PHP"), "philippine pesos", "piso");
        word(List.of("BRL"), "real", "reais", "reales");
        word(List.of("KRW"), "won");
        word(List.of("MYR"), "ringgit");
        word(List.of("VND"), "dong", "đồng", "dồng", "vnd");
        word(List.of("TRY"), "lira", "liras", "turkish lira");
        word(List.of("CHF"), "franc", "francs", "swiss francs", "francos", "franken");
        word(KRONA, "krona", "kronor", "krone", "kroner", "coronas");
        word(List.of("PLN"), "zloty", "zlotys", "złoty", "złotych");
        word(List.of("ZAR"), "rand");
        word(List.of("ILS"), "shekel", "shekels", "sheqel");
        word(List.of("AED"), "dirham", "dirhams");
        word(List.of("UAH"), "hryvnia", "hryvnias", "hryvnya");
        word(List.of("RUB"), "ruble", "rubles", "rouble", "roubles", "rublos", "рубль", "рубля", "рублей", "рублях");
        word(List.of("RSD"), "dinara", "dinar", "dinars", "din.");
        word(List.of("UAH"), "гривня", "гривень", "гривні");
        word(List.of("HUF"), "forint");
        word(List.of("CZK"), "koruna", "korun");
        word(List.of("RON"), "leu");
        word(List.of("PEN"), "sol", "soles");
        word(List.of("PAB"), "balboa", "balboas");
        word(List.of("CRC"), "colón", "colon", "colones");
        word(List.of("GTQ"), "quetzal", "quetzales");
        word(List.of("DOP"), "pesos dominicanos");
        word(List.of("UYU"), "pesos uruguayos");
        word(List.of("CLP"), "pesos chilenos");
    }

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

    /** A symbol shared by several currencies is listed once with all of them; listed twice, the last would win unseen. */
    private static void symbol(List<String> candidates, String... symbols) {
        for (String s : symbols) {
            if (SYMBOLS.put(s, candidates) != null) {
                throw new IllegalStateException("The currency symbol " + s + " is listed twice");
            }
        }
    }

    private static void word(List<String> candidates, String... words) {
        for (String w : words) {
            if (WORDS.put(w.toLowerCase(Locale.ROOT), candidates) != null) {
                throw new IllegalStateException("The currency word " + w + " is listed twice");
            }
        }
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
