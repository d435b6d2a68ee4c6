package org.cellcompare.normalize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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

    static final String NO_DIGITS = "it has no amount in digits, and is not a phrase such as 'contact us' or 'free'";
    static final String NOT_AN_AMOUNT = "its digits do not form an amount (the marks between them do not fit any way of writing numbers)";

    private final CurrencyResolver currencies;
    private final CurrencyChoice choice;
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
        this.choice = new CurrencyChoice(currencies);
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
        String formatSymbol = NumberFormatCurrency.symbolOf(numberFormat);
        String formatCountry = NumberFormatCurrency.countryOf(numberFormat);
        List<String> fromFormat = formatSymbol == null ? List.of() : currencies.candidates(formatSymbol);
        PriceContext effective = formatCountry != null && context.countryCode() == null
                ? new PriceContext(context.currencyColumn(), formatCountry, context.priceHeader(), context.decimalSeparator())
                : context;
        CurrencyChoice.Choice chosen = choice.choose(fromFormat, List.of(), effective);
        PriceKind kind = number.signum() == 0 ? PriceKind.FREE : PriceKind.EXACT;
        BigDecimal amount = Amount.plain(number.abs());
        String text = displayed == null || displayed.isBlank() ? number.toPlainString() : displayed;
        if (!PriceLimits.fits(amount)) {
            return ParsedPrice.unreadable(text, null, PriceLimits.tooLarge(amount), PriceLimits.TOO_LARGE_FIX);
        }
        return new ParsedPrice(kind, amount, amount, chosen.currency(), chosen.assumed(), null, text, chosen.note(), null, null);
    }

    public ParsedPrice parse(String text, PriceContext context) {
        TextReading reading = context.decimalSeparator() == null ? readings.apply(text) : read(text, context.decimalSeparator());
        if (reading.currencyUse() == CurrencyUse.NONE) {
            return reading.price();
        }
        ParsedPrice price = reading.price();
        CurrencyChoice.Choice chosen = choice.choose(reading.fromText(), reading.implied(), context);
        // "free" has no amount for a guessed currency to mislead about
        boolean free = reading.currencyUse() == CurrencyUse.FREE;
        return new ParsedPrice(price.kind(), price.low(), price.high(), chosen.currency(), !free && chosen.assumed(),
                price.basisInText(), price.text(), free ? null : chosen.note(), null, null);
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
        String s = PriceText.normalize(original);
        List<Amount> amounts = findAmounts(s, decimalSeparator);
        PriceBasis basis = PriceBasis.mentionedIn(s);
        if (amounts.isEmpty()) {
            return withoutNumbers(s, original, basis);
        }
        if (amounts.stream().noneMatch(Amount::valid)) {
            return complete(ParsedPrice.unreadable(original, basis, NOT_AN_AMOUNT));
        }
        List<Mention> mentions = currencies.find(s);
        if (mentions.isEmpty() && PricePhrases.mentionsContact(s)) {
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
        List<String> textCurrency = CurrencyNearAmount.adjacentCurrency(primary, mentions, s);
        if (textCurrency.isEmpty() && second != null) {
            textCurrency = CurrencyNearAmount.adjacentCurrency(second == primary ? first : second, mentions, s);
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
            if (PricePhrases.saysFromAfter(s, primary.end()) || PricePhrases.saysFromBefore(before)) {
                kind = PriceKind.FROM;
                high = null;
            } else if (PricePhrases.saysUpToBefore(before)) {
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

    private TextReading withoutNumbers(String s, String original, PriceBasis basis) {
        if (PricePhrases.saysFree(s)) {
            return new TextReading(new ParsedPrice(PriceKind.FREE, BigDecimal.ZERO, BigDecimal.ZERO, null, false, basis,
                    original, null, null, null), CurrencyUse.FREE, currencyMentioned(s), List.of());
        }
        if (PricePhrases.saysOnRequest(s)) {
            return complete(ParsedPrice.none(PriceKind.ON_REQUEST, original));
        }
        return complete(ParsedPrice.unreadable(original, basis, NO_DIGITS));
    }

    private List<String> currencyMentioned(String s) {
        List<Mention> mentions = currencies.find(s);
        return mentions.isEmpty() ? List.of() : mentions.get(0).candidates();
    }

    private List<Amount> findAmounts(String s, Character decimalSeparator) {
        List<Amount> amounts = new ArrayList<>();
        Matcher euroCents = EURO_AS_DECIMAL_MARK.matcher(s);
        int from = 0;
        AmountDigits.Span number;
        while (from < s.length() && (number = AmountDigits.nextNumber(s, from)) != null) {
            int end = number.end();
            String run = s.substring(number.start(), end);
            from = Math.max(end, number.start() + 1);
            if (end < s.length() && s.charAt(end) == '%') {
                continue;
            }
            if (euroCents.region(end, s.length()).lookingAt()) {
                String cents = euroCents.group(1) != null ? euroCents.group(1) : euroCents.group(2);
                BigDecimal whole = AmountDigits.interpret(run, decimalSeparator, false);
                BigDecimal value = whole == null ? null : whole.add(new BigDecimal("0." + cents));
                amounts.add(Amount.of(number.start(), end, value, null));
                from = euroCents.end();
                continue;
            }
            AmountWord.Found word = AmountWord.after(s, end);
            boolean decimalBeforeWord = word != null && word.word().decimalBefore();
            Amount amount = Amount.of(number.start(), word == null ? end : word.end(),
                    AmountDigits.interpret(run, decimalSeparator, decimalBeforeWord), word == null ? null : word.word());
            int last = amounts.size() - 1;
            if (last >= 0 && amounts.get(last).continuesWith(amount, s)) {
                amounts.set(last, amounts.get(last).plus(amount));
            } else {
                amounts.add(amount);
            }
        }
        return amounts;
    }

    /** The amount next to a currency, if any, is the price; otherwise the first amount ("8 injections" loses to "$40,000"). */
    private Amount primaryAmount(List<Amount> amounts, List<Mention> mentions, String s) {
        for (Amount amount : amounts) {
            if (amount.valid() && !CurrencyNearAmount.adjacentCurrency(amount, mentions, s).isEmpty()) {
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
        String gap = CurrencyNearAmount.withoutMentions(s, low.end(), high.start(), mentions);
        return PricePhrases.joinsARange(gap) && high.value().compareTo(lowEnd(low, high)) >= 0;
    }

    /** "5-8k": a multiplier written once applies to both ends. */
    private static BigDecimal lowEnd(Amount low, Amount high) {
        return low.word() == null && high.word() != null
                ? Amount.plain(low.rawValue().multiply(high.word().factor())) : low.value();
    }

    /** What a lakh, a triệu, a juta or a 만 says of the currency: the language's own. */
    private static List<String> impliedByMultiplier(Amount amount) {
        return amount.word() == null ? List.of() : amount.word().implied();
    }

}
