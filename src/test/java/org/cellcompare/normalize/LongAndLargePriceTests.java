package org.cellcompare.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.cellcompare.normalize.PriceParser.PriceContext;

/**
 * A price of any length is read or refused, never thrown on, and in time that grows with its
 * length; an amount of ten thousand million million or more is refused with its reason. Issue 24:
 * 27 digits failed the month with a SQL error, a few thousand with a stack overflow, and a
 * 300,000-character price took minutes.
 */
class LongAndLargePriceTests {

    private static final Duration GENEROUS = Duration.ofSeconds(30);

    private final PriceParser parser = new PriceParser(new CurrencyResolver());
    private final PriceParser unbounded = new PriceParser(new CurrencyResolver(), Integer.MAX_VALUE);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            27 digits                    | $999999999999999999999999999         | 999,999,999,999,999,999,999,999,999
            30 digits                    | $999999999999999999999999999999      | 999,999,999,999,999,999,999,999,999,999
            grouped to 10^18             | 1,000,000,000,000,000,000            | 1,000,000,000,000,000,000
            grouped to 10^24 in USD      | USD 1,000,000,000,000,000,000,000,000 | 1,000,000,000,000,000,000,000,000
            dotted euros                 | 10.000.000.000.000.000 €             | 10,000,000,000,000,000
            the ceiling itself           | 10000000000000000                    | 10,000,000,000,000,000
            just over, with cents        | USD 10,000,000,000,000,000.01        | 10,000,000,000,000,000.01
            crore                        | 9999999999 crore                     | 99,999,999,990,000,000
            lakh                         | ₹100000000000 lakh                   | 10,000,000,000,000,000
            tỷ                           | 20000000 tỷ đồng                     | 20,000,000,000,000,000
            billion                      | USD 10000000 billion                 | 10,000,000,000,000,000
            k                            | $999999999999999k                    | 999,999,999,999,999,000
            high end of a range          | $5,000 - $10,000,000,000,000,000     | 10,000,000,000,000,000
            multiplier of a range        | USD 5-20000000 bn                    | 20,000,000,000,000,000
            from                         | from ¥99,999,999,999,999,999         | 99,999,999,999,999,999
            up to                        | up to 99.999.999.999.999.999 ₫       | 99,999,999,999,999,999
            Indian grouping              | Rs 99,99,99,99,99,99,99,999          | 99,999,999,999,999,999
            45 digits                    | 123456789012345678901234567890123456789012345 | a number of 45 digits
            """)
    void refusesAnAmountNoCourseCosts(String name, String text, String written) {
        ParsedPrice price = parser.parse(text);

        assertThat(price.kind()).isEqualTo(PriceKind.UNREADABLE);
        assertThat(price.unreadableReason()).startsWith("its amount, " + written + ", is more than any course costs")
                .endsWith("(amounts are read below 10,000,000,000,000,000)");
        assertThat(price.unreadableFix()).isEqualTo(PriceLimits.TOO_LARGE_FIX);
        assertThat(price.text()).isEqualTo(text);
        assertThat(price.low()).isNull();
        assertThat(price.high()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            999999 crore                 | 999999 crore                   | 9999990000000    | INR
            15 digits                    | USD 999,999,999,999,999        | 999999999999999  | USD
            15 digits and cents          | USD 999,999,999,999,999.99     | 999999999999999.99 | USD
            16 digits                    | USD 9,999,999,999,999,999      | 9999999999999999 | USD
            crore, just below            | 999999999 crore                | 9999999990000000 | INR
            dong                         | 999.999.999.999.999 ₫          | 999999999999999  | VND
            tỷ                           | 999999 tỷ đồng                 | 999999000000000  | VND
            lakh                         | ₹9,999,999 lakh                | 999999900000     | INR
            many decimals                | USD 1.11000000000000009770     | 1.11000000000000009770 | USD
            """)
    void readsLargeAmountsBelowTheCeiling(String name, String text, BigDecimal amount, String currency) {
        ParsedPrice price = parser.parse(text);

        assertThat(price.kind()).isEqualTo(PriceKind.EXACT);
        assertThat(price.low()).isEqualByComparingTo(amount);
        assertThat(price.currency()).isEqualTo(currency);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            10^27                     | 1E+27                     | 1,000,000,000,000,000,000,000,000,000
            the largest double        | 1.7976931348623157E+308   | a number of 309 digits
            the ceiling               | 1E+16                     | 10,000,000,000,000,000
            negative, as its size     | -5E+20                    | 500,000,000,000,000,000,000
            """)
    void refusesANumericCellNoCourseCosts(String name, BigDecimal number, String written) {
        ParsedPrice price = parser.parseNumber(number, "#,##0", "shown", PriceContext.NONE);

        assertThat(price.kind()).isEqualTo(PriceKind.UNREADABLE);
        assertThat(price.unreadableReason()).startsWith("its amount, " + written + ", is more than any course costs");
        assertThat(price.text()).isEqualTo("shown");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            15 digits                 | 999999999999999           | 999999999999999
            16 digits                 | 9999999999999999          | 9999999999999999
            a fraction below          | 999999999999999.5         | 999999999999999.5
            """)
    void readsANumericCellBelowTheCeiling(String name, BigDecimal number, BigDecimal amount) {
        ParsedPrice price = parser.parseNumber(number, "#,##0", null, PriceContext.NONE);

        assertThat(price.kind()).isEqualTo(PriceKind.EXACT);
        assertThat(price.low()).isEqualByComparingTo(amount);
    }

    static Stream<Arguments> textsLongerThanAnyPrice() {
        return Stream.of(
                Arguments.of("1,001 characters around a price", 1_001, (IntFunction<String>) n -> "USD 15,000 " + "x".repeat(n - 11)),
                Arguments.of("5,000 digits", 5_001, (IntFunction<String>) n -> "$" + "9".repeat(n - 1)),
                Arguments.of("5,000 grouped digits", 5_000, (IntFunction<String>) n -> "1" + ",000".repeat((n - 1) / 4) + "9".repeat((n - 1) % 4)),
                Arguments.of("300,000 characters of digits and spaces", 300_000, (IntFunction<String>) n -> "1 ".repeat(n / 2)),
                Arguments.of("1,000,000 digits", 1_000_000, (IntFunction<String>) n -> "9".repeat(n)),
                Arguments.of("1,000,000 characters of everything", 1_000_000, (IntFunction<String>) LongAndLargePriceTests::mixed));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textsLongerThanAnyPrice")
    void refusesATextLongerThanAnyPrice(String name, int length, IntFunction<String> shape) {
        String text = shape.apply(length);

        ParsedPrice price = assertTimeoutPreemptively(GENEROUS, () -> parser.parse(text));

        assertThat(price.kind()).isEqualTo(PriceKind.UNREADABLE);
        assertThat(price.unreadableReason()).isEqualTo(PriceLimits.tooLong(text.strip().length()))
                .contains(String.format("it is %,d characters long", text.strip().length()));
        assertThat(price.unreadableFix()).isEqualTo(PriceLimits.TOO_LONG_FIX);
        assertThat(price.text()).isEqualTo(text.strip());
    }

    static Stream<Arguments> pricesInALongSentence() {
        String padding = " with the hotel, the transfers and a translator".repeat(30);
        String from = "From USD 15,000 for the full course" + padding;
        String note = "A long note about the clinic. ".repeat(40);
        String last = "The full course costs USD 15,000";
        return Stream.of(
                Arguments.of("from, in the first words", from.substring(0, PriceLimits.MAX_TEXT_LENGTH), PriceKind.FROM),
                Arguments.of("at the end", note.substring(0, PriceLimits.MAX_TEXT_LENGTH - last.length()) + last, PriceKind.EXACT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pricesInALongSentence")
    void readsAPriceInATextOfTheLongestLengthRead(String name, String text, PriceKind kind) {
        ParsedPrice price = parser.parse(text);

        assertThat(text).hasSize(PriceLimits.MAX_TEXT_LENGTH);
        assertThat(price.kind()).isEqualTo(kind);
        assertThat(price.low()).isEqualByComparingTo("15000");
        assertThat(price.currency()).isEqualTo("USD");
    }

    static Stream<Arguments> longShapes() {
        return Stream.of(
                Arguments.of("digits", (IntFunction<String>) n -> "9".repeat(n)),
                Arguments.of("grouped digits", (IntFunction<String>) n -> "1" + ",000".repeat(n / 4)),
                Arguments.of("digits and spaces", (IntFunction<String>) n -> "1 ".repeat(n / 2)),
                Arguments.of("digits and dots", (IntFunction<String>) n -> "1.".repeat(n / 2)),
                Arguments.of("a number, then spaces", (IntFunction<String>) n -> "$1" + " ".repeat(n) + "x"),
                Arguments.of("amounts and currencies", (IntFunction<String>) n -> "1 x $ ".repeat(n / 6)),
                Arguments.of("ranges", (IntFunction<String>) n -> "1 - ".repeat(n / 4)),
                Arguments.of("signs", (IntFunction<String>) n -> "from " + ">".repeat(n) + " 1"),
                Arguments.of("decimals", (IntFunction<String>) n -> "USD 0." + "9".repeat(n)),
                Arguments.of("everything", (IntFunction<String>) LongAndLargePriceTests::mixed));
    }

    /**
     * Without its bound on length, the parser still reads a million characters of each shape in
     * seconds: reading grows with the length, so the bound is a choice, not what keeps it fast.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("longShapes")
    void readsAMillionCharactersInLinearTimeEvenWithoutTheBound(String name, IntFunction<String> shape) {
        String text = shape.apply(1_000_000);

        ParsedPrice price = assertTimeoutPreemptively(GENEROUS, () -> unbounded.parse(text));

        assertThat(price.kind()).isNotNull();
        if (price.kind() == PriceKind.UNREADABLE) {
            assertThat(price.unreadableReason()).isNotBlank();
        } else if (price.kind().hasAmount()) {
            assertThat(PriceLimits.fits(price.low())).isTrue();
            assertThat(PriceLimits.fits(price.high())).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            5,000 digits        | 5000
            a million digits    | 1000000
            """)
    void refusesAHugeRunOfDigitsByItsCountWithoutTheBound(String name, int digits) {
        ParsedPrice price = assertTimeoutPreemptively(GENEROUS, () -> unbounded.parse("$" + "9".repeat(digits)));

        assertThat(price.kind()).isEqualTo(PriceKind.UNREADABLE);
        assertThat(price.unreadableReason()).startsWith(String.format("its amount, a number of %,d digits, is more", digits));
    }

    private static String mixed(int length) {
        String alphabet = "0123456789 .,'$€-abcdefghijklmnopqrstuvwxyz";
        Random random = new Random(24);
        char[] text = new char[length];
        for (int i = 0; i < length; i++) {
            text[i] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return new String(text);
    }
}
