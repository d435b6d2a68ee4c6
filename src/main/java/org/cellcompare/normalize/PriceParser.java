package org.cellcompare.normalize;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cellcompare.normalize.CurrencyResolver.Mention;
import org.cellcompare.text.Memo;

/**
 * Reads prices the way people write them: "from $15,000", "$5,000 - $20,000", "USD 12k",
 * "€8.500,00", "8 500 €", "1'234.50", "Rs 4,50,000", "₹4.5 lakh", "250 triệu đồng", "Contact us",
 * "free", and numeric cells whose number format carries the currency. Money stays
 * {@link BigDecimal} throughout.
 *
 * <p>A price of any length is read or refused in time that grows with its length: texts longer
 * than {@link PriceLimits#MAX_TEXT_LENGTH} and amounts from {@link PriceLimits#AMOUNT_CEILING} up
 * are refused with a reason, and below that nothing compares every part of a text with every
 * other, or recurses once per character.
 */
public final class PriceParser {

    /** "35€99", "1250€ 60": the euro sign written where the decimal mark goes, as French shops do. */
    private static final Pattern EURO_AS_DECIMAL_MARK = Pattern.compile("€(?:(\\d{2,3})|\\s(\\d{2}))(?![\\d\\p{L}.,])");
    /* Runs of spaces are possessive here and below: no word these patterns look for begins with a
       space, so giving spaces back never finds a match, and trying to made long gaps quadratic. */
    private static final Pattern RANGE_GAP = Pattern.compile(
            "^\\s*+(?:-|~|to|a|hasta|and|y|or|o|/|til|till|until)\\s*+(?:over|more than|about|approx\\.?|approximately|around|up to|hasta|unos|aprox\\.?)?\\s*+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FROM_BEFORE = Pattern.compile(
            "(?:\\b(?:from|starting|starts|start at|beginning at|desde|a partir de|min\\.?|minimum|at least|over|more than|above|m[ií]nimo|m[aá]s de)\\b|[>≥])(?:\\s*+\\S++){0,2}+\\s*+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern UP_TO_BEFORE = Pattern.compile(
            "(?:\\b(?:up to|upto|max\\.?|maximum|under|less than|below|not more than|hasta|m[aá]ximo|menos de)\\b|[<≤])(?:\\s*+\\S++){0,2}+\\s*+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FROM_AFTER = Pattern.compile(
            "^\\s*(?:\\+|and up|and above|or more|onwards|upwards|y m[aá]s|o m[aá]s|en adelante)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FREE = Pattern.compile(
            "\\b(?:free|gratis|gratuito|gratuita|no cost|no charge|without charge|sin costo|sin cargo|sin coste)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ON_REQUEST = Pattern.compile(
            "contact|request|enquir|inquir|\\bask\\b|\\bcall\\b|quot|\\btb[adc]\\b|consult|varies|vary|depend|individual|"
                    + "\\bupon\\b|\\bn/?a\\b|solicit|cotiza|llamar|seg[uú]n|a convenir|pending|unknown|not (?:stated|disclosed|published|listed|given)|"
                    + "undisclosed|negotiable|a consultar|pregunt|preguntar",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Contact details hold digits that are not a price. */
    private static final Pattern CONTACT = Pattern.compile(
            "contact|\\bcall\\b|phone|\\btel\\b|whatsapp|e-?mail|llamar|tel[eé]fono|escr[ií]b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WIDE_SPACES = Pattern.compile("[\\u00A0\\u202F\\u2007\\u2009\\u200A\\u2002-\\u2006\\u3000]");
    private static final Pattern INVISIBLES = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u200E\\u200F]");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern GROUPING_SPACES = Pattern.compile("[\\s'’]");
    private static final Pattern LEADING_MARKS = Pattern.compile("^[.,]+");
    private static final Pattern MARKS = Pattern.compile("[.,]");
    private static final Pattern ONLY_PUNCTUATION = Pattern.compile("^[\\p{Punct}\\p{Pd}\\s—–?]*$");
    private static final Pattern FORMAT_BRACKET_SYMBOL = Pattern.compile("\\[\\$([^\\]-]*)(?:-([0-9A-Fa-f]+))?\\]");
    private static final Pattern FORMAT_QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern FORMAT_CODES = Pattern.compile("\\[[^\\]]*\\]|[#0?,.%E+\\-;@_*\\\\()/\\s]|General");

    /** Windows locale IDs in number formats such as {@code [$$-80A]} say which dollar, yen or krona is meant. */
    private static final Map<String, String> LOCALE_ID_COUNTRY = Map.ofEntries(
            Map.entry("409", "US"), Map.entry("1009", "CA"), Map.entry("C09", "AU"), Map.entry("1409", "NZ"),
            Map.entry("80A", "MX"), Map.entry("240A", "CO"), Map.entry("2C0A", "AR"), Map.entry("340A", "CL"),
            Map.entry("1004", "SG"), Map.entry("C04", "HK"), Map.entry("404", "TW"), Map.entry("804", "CN"),
            Map.entry("411", "JP"), Map.entry("41D", "SE"), Map.entry("406", "DK"), Map.entry("414", "NO"),
            Map.entry("439", "IN"), Map.entry("420", "PK"), Map.entry("41E", "TH"), Map.entry("42A", "VN"),
            Map.entry("3409", "PH"), Map.entry("416", "BR"), Map.entry("180A", "PA"), Map.entry("280A", "PE"));

    static final String NO_DIGITS = "it has no amount in digits, and is not a phrase such as 'contact us' or 'free'";
    static final String NOT_AN_AMOUNT = "its digits do not form an amount (the marks between them do not fit any way of writing numbers)";

    /**
     * Phrases such as "from" or "up to" are looked for among the last words before an amount, and
     * none is longer than this ("not more than" has 13 characters).
     */
    private static final int LONGEST_PHRASE = 16;
    /** Whole digits of a digit run that are turned into a number (see {@link #decimal}). */
    private static final int KEPT_WHOLE_DIGITS = 40;
    /** Decimals of a digit run that are turned into a number: more than any text the parser reads has. */
    private static final int KEPT_DECIMALS = PriceLimits.MAX_TEXT_LENGTH;

    private final CurrencyResolver currencies;
    private final int maxTextLength;
    private final Memo<TextReading> readings = new Memo<>(text -> read(text, null));

    public PriceParser(CurrencyResolver currencies) {
        this(currencies, PriceLimits.MAX_TEXT_LENGTH);
    }

    /**
     * A parser that reads texts up to another length. Tests and the benchmark read far longer
     * texts with it, to show that reading itself, not only the bound, keeps the time linear.
     */
    PriceParser(CurrencyResolver currencies, int maxTextLength) {
        this.currencies = currencies;
        this.maxTextLength = maxTextLength;
    }

    /** What else on the row helps read a price: the currency column, the country, the price header, a decimal mark. */
    public record PriceContext(String currencyColumn, String countryCode, String priceHeader, Character decimalSeparator) {

        public static final PriceContext NONE = new PriceContext(null, null, null, null);
    }

    public ParsedPrice parse(String text) {
        return parse(text, PriceContext.NONE);
    }

    /** A numeric cell: the amount is the number; the currency comes from the number format or the context. */
    public ParsedPrice parseNumber(BigDecimal number, String numberFormat, String displayed, PriceContext context) {
        String formatSymbol = currencySymbolOf(numberFormat);
        String formatCountry = localeCountryOf(numberFormat);
        List<String> fromFormat = formatSymbol == null ? List.of() : currencies.candidates(formatSymbol);
        PriceContext effective = formatCountry != null && context.countryCode() == null
                ? new PriceContext(context.currencyColumn(), formatCountry, context.priceHeader(), context.decimalSeparator())
                : context;
        Choice choice = chooseCurrency(fromFormat, List.of(), effective);
        PriceKind kind = number.signum() == 0 ? PriceKind.FREE : PriceKind.EXACT;
        BigDecimal amount = Amount.plain(number.abs());
        String text = displayed == null || displayed.isBlank() ? number.toPlainString() : displayed;
        if (!PriceLimits.fits(amount)) {
            return ParsedPrice.unreadable(text, null, PriceLimits.tooLarge(amount), PriceLimits.TOO_LARGE_FIX);
        }
        return new ParsedPrice(kind, amount, amount, choice.currency, choice.assumed, null, text, choice.note, null, null);
    }

    public ParsedPrice parse(String text, PriceContext context) {
        TextReading reading = context.decimalSeparator() == null ? readings.apply(text) : read(text, context.decimalSeparator());
        if (reading.currencyUse() == CurrencyUse.NONE) {
            return reading.price();
        }
        ParsedPrice price = reading.price();
        Choice choice = chooseCurrency(reading.fromText(), reading.implied(), context);
        // "free" has no amount for a guessed currency to mislead about
        boolean free = reading.currencyUse() == CurrencyUse.FREE;
        return new ParsedPrice(price.kind(), price.low(), price.high(), choice.currency, !free && choice.assumed,
                price.basisInText(), price.text(), free ? null : choice.note, null, null);
    }

    /**
     * What a price's text says by itself, before the row's currency column, country and header are
     * weighed: the price without its currency, and the candidates the text gives for one. Reading
     * the text is most of parsing, and a pooled file can repeat the same few thousand texts ("USD
     * 15,000", "price on request") across a million rows, so each is read once ({@link #readings}).
     */
    private record TextReading(ParsedPrice price, CurrencyUse currencyUse, List<String> fromText, List<String> implied) {
    }

    /** Whether the text leaves a currency to choose: none for "on request", one for an amount, one but never a guess for "free". */
    private enum CurrencyUse { NONE, FREE, AMOUNT }

    private TextReading complete(ParsedPrice price) {
        return new TextReading(price, CurrencyUse.NONE, List.of(), List.of());
    }

    private TextReading read(String text, Character decimalSeparator) {
        if (text == null || text.isBlank()) {
            return complete(ParsedPrice.none(PriceKind.NONE, text == null ? "" : text.strip()));
        }
        String original = text.strip();
        if (original.length() > maxTextLength) {
            return complete(ParsedPrice.unreadable(original, null, PriceLimits.tooLong(original.length()),
                    PriceLimits.TOO_LONG_FIX));
        }
        String s = normalize(original);
        List<Amount> amounts = findAmounts(s, decimalSeparator);
        PriceBasis basis = PriceBasis.mentionedIn(s);
        if (amounts.isEmpty()) {
            return withoutNumbers(s, original, basis);
        }
        if (amounts.stream().noneMatch(Amount::valid)) {
            return complete(ParsedPrice.unreadable(original, basis, NOT_AN_AMOUNT));
        }
        List<Mention> mentions = currencies.find(s);
        if (mentions.isEmpty() && CONTACT.matcher(s).find()) {
            return complete(ParsedPrice.none(PriceKind.ON_REQUEST, original));
        }
        Amount primary = primaryAmount(amounts, mentions, s);
        if (!primary.valid()) {
            return complete(ParsedPrice.unreadable(original, basis, NOT_AN_AMOUNT));
        }
        int index = amounts.indexOf(primary);
        Amount first = primary;
        Amount second = index + 1 < amounts.size() && isRange(primary, amounts.get(index + 1), mentions, s)
                ? amounts.get(index + 1) : null;
        if (second == null && index > 0 && isRange(amounts.get(index - 1), primary, mentions, s)) {
            first = amounts.get(index - 1);
            second = primary;
        }
        List<String> textCurrency = adjacentCurrency(primary, mentions, s);
        if (textCurrency.isEmpty() && second != null) {
            textCurrency = adjacentCurrency(second == primary ? first : second, mentions, s);
        }
        if (textCurrency.isEmpty() && !mentions.isEmpty()) {
            textCurrency = mentions.get(0).candidates();
        }

        BigDecimal low = first.value();
        PriceKind kind;
        BigDecimal high;
        if (second != null) {
            low = lowEnd(first, second);
            high = second.value();
            kind = low.compareTo(high) == 0 ? PriceKind.EXACT : PriceKind.RANGE;
        } else {
            high = low;
            String before = s.substring(0, primary.start());
            if (FROM_AFTER.matcher(s).region(primary.end(), s.length()).lookingAt() || endsWithPhrase(FROM_BEFORE, before)) {
                kind = PriceKind.FROM;
                high = null;
            } else if (endsWithPhrase(UP_TO_BEFORE, before)) {
                kind = PriceKind.UP_TO;
                low = null;
            } else {
                kind = low.signum() == 0 ? PriceKind.FREE : PriceKind.EXACT;
            }
        }
        BigDecimal largest = high == null || (low != null && low.compareTo(high) > 0) ? low : high;
        if (!PriceLimits.fits(largest)) {
            return complete(ParsedPrice.unreadable(original, basis, PriceLimits.tooLarge(largest), PriceLimits.TOO_LARGE_FIX));
        }
        return new TextReading(new ParsedPrice(kind, low, high, null, false, basis, original, null, null, null),
                CurrencyUse.AMOUNT, textCurrency, impliedByMultiplier(primary));
    }

    /**
     * Whether a phrase such as "from" or "up to" ends the text before an amount, at most two words
     * before it. Only the last words are searched: a phrase further back cannot match, and trying
     * each of thousands of places made a long text quadratic.
     */
    private static boolean endsWithPhrase(Pattern phrase, String before) {
        int i = before.length();
        for (int word = 0; word < 2; word++) {
            while (i > 0 && isRegexSpace(before.charAt(i - 1))) {
                i--;
            }
            while (i > 0 && !isRegexSpace(before.charAt(i - 1))) {
                i--;
            }
        }
        while (i > 0 && isRegexSpace(before.charAt(i - 1))) {
            i--;
        }
        return phrase.matcher(before).region(Math.max(0, i - LONGEST_PHRASE), before.length())
                .useTransparentBounds(true).find();
    }

    private TextReading withoutNumbers(String s, String original, PriceBasis basis) {
        if (FREE.matcher(s).find()) {
            return new TextReading(new ParsedPrice(PriceKind.FREE, BigDecimal.ZERO, BigDecimal.ZERO, null, false, basis,
                    original, null, null, null), CurrencyUse.FREE, currencyMentioned(s), List.of());
        }
        if (ON_REQUEST.matcher(s).find() || ONLY_PUNCTUATION.matcher(s).matches()) {
            return complete(ParsedPrice.none(PriceKind.ON_REQUEST, original));
        }
        return complete(ParsedPrice.unreadable(original, basis, NO_DIGITS));
    }

    private List<String> currencyMentioned(String s) {
        List<Mention> mentions = currencies.find(s);
        return mentions.isEmpty() ? List.of() : mentions.get(0).candidates();
    }

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

    private List<Amount> findAmounts(String s, Character decimalSeparator) {
        List<Amount> amounts = new ArrayList<>();
        Matcher euroCents = EURO_AS_DECIMAL_MARK.matcher(s);
        int from = 0;
        Span number;
        while (from < s.length() && (number = nextNumber(s, from)) != null) {
            int end = number.end();
            String run = s.substring(number.start(), end);
            from = Math.max(end, number.start() + 1);
            if (end < s.length() && s.charAt(end) == '%') {
                continue;
            }
            if (euroCents.region(end, s.length()).lookingAt()) {
                String cents = euroCents.group(1) != null ? euroCents.group(1) : euroCents.group(2);
                BigDecimal whole = interpret(run, decimalSeparator, false);
                BigDecimal value = whole == null ? null : whole.add(new BigDecimal("0." + cents));
                amounts.add(Amount.of(number.start(), end, value, null));
                from = euroCents.end();
                continue;
            }
            AmountWord.Found word = AmountWord.after(s, end);
            boolean decimalBeforeWord = word != null && word.word().decimalBefore();
            Amount amount = Amount.of(number.start(), word == null ? end : word.end(),
                    interpret(run, decimalSeparator, decimalBeforeWord), word == null ? null : word.word());
            int last = amounts.size() - 1;
            if (last >= 0 && amounts.get(last).continuesWith(amount, s)) {
                amounts.set(last, amounts.get(last).plus(amount));
            } else {
                amounts.add(amount);
            }
        }
        return amounts;
    }

    /** Where a number starts and ends in a text. */
    private record Span(int start, int end) {
    }

    /**
     * The next run of digits at or after {@code from}, with the grouping and decimal marks people
     * use: digits, dots, commas and apostrophes; a space only before a group of exactly three digits
     * ("8 500"), or after a decimal mark before one or two final digits ("119. 95"). A number may
     * start with its decimal mark (".75"), or two marks (".,5"), when no digit or mark comes before.
     * Marks and spaces it ends with are not part of it. A loop: the regular expression it replaces
     * recursed once per character, and a few thousand digits overflowed the stack.
     */
    private static Span nextNumber(String s, int from) {
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
    private static boolean isRegexSpace(char c) {
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

    /** The amount next to a currency, if any, is the price; otherwise the first amount ("8 injections" loses to "$40,000"). */
    private Amount primaryAmount(List<Amount> amounts, List<Mention> mentions, String s) {
        for (Amount amount : amounts) {
            if (amount.valid() && !adjacentCurrency(amount, mentions, s).isEmpty()) {
                return amount;
            }
        }
        return amounts.get(0);
    }

    /** Two amounts joined by "-", "to", "hasta"... (currencies between them aside), low before high: a range. */
    private static boolean isRange(Amount low, Amount high, List<Mention> mentions, String s) {
        if (!low.valid() || !high.valid() || low.end() > high.start()) {
            return false;
        }
        String gap = withoutMentions(s, low.end(), high.start(), mentions);
        return RANGE_GAP.matcher(gap).matches() && high.value().compareTo(lowEnd(low, high)) >= 0;
    }

    /** "5-8k": a multiplier written once applies to both ends. */
    private static BigDecimal lowEnd(Amount low, Amount high) {
        return low.word() == null && high.word() != null
                ? Amount.plain(low.rawValue().multiply(high.word().factor())) : low.value();
    }

    /** The text from {@code from} to {@code to}, each currency mention wholly inside it replaced by a space. */
    private static String withoutMentions(String s, int from, int to, List<Mention> mentions) {
        StringBuilder gap = new StringBuilder(Math.max(to - from, 0));
        int at = from;
        for (int i = firstStartingFrom(mentions, from); i < mentions.size() && mentions.get(i).end() <= to; i++) {
            gap.append(s, at, mentions.get(i).start()).append(' ');
            at = mentions.get(i).end();
        }
        return gap.append(s, at, Math.max(to, at)).toString();
    }

    /**
     * The currency written right before or right after an amount. "$350.000 MXN" has two; the one
     * that names a single currency settles what the shared symbol means.
     */
    private static List<String> adjacentCurrency(Amount amount, List<Mention> mentions, String s) {
        List<String> found = List.of();
        for (Mention mention : adjacentMentions(amount, mentions, s)) {
            if (found.isEmpty() || (mention.candidates().size() == 1 && found.contains(mention.candidates().get(0)))) {
                found = mention.candidates();
            }
        }
        return found;
    }

    /**
     * The mentions next to an amount, in order: before it, those with only spaces and other such
     * mentions between ("US$ $ 1000"); after it, also "+" ("15,000+ USD"). They are found by walking
     * out from the amount, so the time spent on an amount is that of the few characters around
     * it, not of every mention in the text.
     */
    private static List<Mention> adjacentMentions(Amount amount, List<Mention> mentions, String s) {
        int last = firstStartingFrom(mentions, amount.start()) - 1;
        while (last >= 0 && mentions.get(last).end() > amount.start()) {
            last--;
        }
        int first = last + 1;
        int gapEnd = amount.start();
        while (first > 0 && isBlankBackwards(s, mentions.get(first - 1).end(), gapEnd)) {
            first--;
            gapEnd = mentions.get(first).start();
        }
        List<Mention> adjacent = new ArrayList<>(mentions.subList(first, last + 1));
        int gapStart = amount.end();
        for (int i = firstStartingFrom(mentions, amount.end()); i < mentions.size()
                && isBlankOrPlus(s, gapStart, mentions.get(i).start()); i++) {
            adjacent.add(mentions.get(i));
            gapStart = mentions.get(i).end();
        }
        return adjacent;
    }

    /** The index of the first mention that starts at or after {@code position}; mentions are in order and do not overlap. */
    private static int firstStartingFrom(List<Mention> mentions, int position) {
        int low = 0;
        int high = mentions.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (mentions.get(middle).start() < position) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * Whether only white space lies between {@code from} and {@code to}. Read from the end: the
     * white space right before an amount is then read once, however far back the gap goes.
     */
    private static boolean isBlankBackwards(String s, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlankOrPlus(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != '+' && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** What a lakh, a triệu, a juta or a 만 says of the currency: the language's own. */
    private static List<String> impliedByMultiplier(Amount amount) {
        return amount.word() == null ? List.of() : amount.word().implied();
    }

    private record Choice(String currency, boolean assumed, String note) {
    }

    /**
     * Currency column first; then what the text says, a shared symbol resolved by the country; then
     * the price header ("Price (USD)"); then what a lakh or a triệu implies; then the country's own
     * currency; then USD. Anything resolved by country or default is marked assumed.
     */
    private Choice chooseCurrency(List<String> fromText, List<String> implied, PriceContext context) {
        String country = CurrencyResolver.currencyOfCountry(context.countryCode());
        List<String> column = currencies.candidates(context.currencyColumn());
        if (!column.isEmpty()) {
            if (column.size() == 1) {
                String note = fromText.size() == 1 && !fromText.equals(column)
                        ? "The currency column says " + column.get(0) + " but the price reads as " + fromText.get(0)
                        + "; " + column.get(0) + " was used." : null;
                return new Choice(column.get(0), false, note);
            }
            List<String> narrowed = fromText.size() == 1 && column.contains(fromText.get(0)) ? fromText : column;
            return pick(narrowed, country);
        }
        if (!fromText.isEmpty()) {
            return pick(fromText, country);
        }
        List<String> header = context.priceHeader() == null ? List.of() : headerCurrency(context.priceHeader());
        if (!header.isEmpty()) {
            return pick(header, country);
        }
        if (!implied.isEmpty()) {
            return pick(implied, country);
        }
        if (country != null) {
            return new Choice(country, true, null);
        }
        return new Choice("USD", true, null);
    }

    private static Choice pick(List<String> candidates, String countryCurrency) {
        if (candidates.size() == 1) {
            return new Choice(candidates.get(0), false, null);
        }
        if (CurrencyResolver.allows(candidates, countryCurrency)) {
            return new Choice(countryCurrency, true, null);
        }
        return new Choice(candidates.get(0), true, null);
    }

    private List<String> headerCurrency(String header) {
        List<Mention> mentions = currencies.find(header);
        return mentions.isEmpty() ? List.of() : mentions.get(mentions.size() - 1).candidates();
    }

    /** The currency symbol a number format shows: {@code [$฿-41E]#,##0}, {@code "$"#,##0}, {@code #,##0 €}. */
    static String currencySymbolOf(String format) {
        if (format == null || format.isBlank()) {
            return null;
        }
        Matcher bracket = FORMAT_BRACKET_SYMBOL.matcher(format);
        while (bracket.find()) {
            if (!bracket.group(1).isBlank()) {
                return bracket.group(1).strip();
            }
        }
        Matcher quoted = FORMAT_QUOTED.matcher(format);
        while (quoted.find()) {
            if (!quoted.group(1).isBlank()) {
                return quoted.group(1).strip();
            }
        }
        String firstSection = format.split(";", -1)[0];
        String rest = FORMAT_CODES.matcher(firstSection).replaceAll("");
        return rest.isBlank() ? null : rest.strip();
    }

    private static String localeCountryOf(String format) {
        if (format == null) {
            return null;
        }
        Matcher bracket = FORMAT_BRACKET_SYMBOL.matcher(format);
        while (bracket.find()) {
            if (bracket.group(2) != null) {
                return LOCALE_ID_COUNTRY.get(bracket.group(2).toUpperCase(Locale.ROOT));
            }
        }
        return null;
    }

    /**
     * A number found in the text, with the word that multiplies it ("12k", "4.5 lakh") and, for an
     * amount written in parts ("1억 5천만", "1 tỷ 500 triệu"), the value of the parts after the
     * first.
     */
    private record Amount(int start, int end, BigDecimal rawValue, AmountWord word, BigDecimal rest) {

        static Amount of(int start, int end, BigDecimal rawValue, AmountWord word) {
            return new Amount(start, end, rawValue, word, BigDecimal.ZERO);
        }

        boolean valid() {
            return rawValue != null;
        }

        BigDecimal value() {
            BigDecimal multiplied = word == null ? rawValue : rawValue.multiply(word.factor());
            // adding zero would write out the exponent of an amount of a million digits
            return plain(rest.signum() == 0 ? multiplied : multiplied.add(rest));
        }

        /**
         * Whether {@code next} is the second part of this amount: both have a word, only spaces lie
         * between them, and the second is less than one of the first's word ("1억 5천만" is
         * 150,000,000; "1 million 2 million" is two amounts).
         */
        boolean continuesWith(Amount next, String s) {
            if (!valid() || !next.valid() || word == null || next.word() == null || rest.signum() != 0
                    || next.start() < end || !s.substring(end, next.start()).isBlank()) {
                return false;
            }
            return next.value().compareTo(word.factor()) < 0 && next.word().factor().compareTo(word.factor()) < 0;
        }

        Amount plus(Amount next) {
            return new Amount(start, next.end(), rawValue, word, rest.add(next.value()));
        }

        /**
         * Without trailing zeros or an exponent. An amount too large to be a price keeps its
         * exponent: written out, a number of a million digits takes a while, and it is refused.
         */
        static BigDecimal plain(BigDecimal value) {
            BigDecimal v = value.stripTrailingZeros();
            return v.scale() < 0 && PriceLimits.fits(v) ? v.setScale(0) : v;
        }
    }
}
