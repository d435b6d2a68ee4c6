package org.cellcompare.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.cellcompare.normalize.PriceParser.PriceContext;

class PriceParserTests {

    private final PriceParser parser = new PriceParser(new CurrencyResolver());

    @ParameterizedTest(name = "{0} -> {1} {2}..{3} {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            from $15,000            | FROM   | 15000   | -        | USD
            $5,000 - $20,000        | RANGE  | 5000    | 20000    | USD
            $5,000 – $20,000        | RANGE  | 5000    | 20000    | USD
            $5,000 to over $20,000  | RANGE  | 5000    | 20000    | USD
            USD 12k                 | EXACT  | 12000   | 12000    | USD
            US$ 9,900               | EXACT  | 9900    | 9900     | USD
            €8.500,00               | EXACT  | 8500.00 | 8500.00  | EUR
            8 500 €                 | EXACT  | 8500    | 8500     | EUR
            1'234.50 CHF            | EXACT  | 1234.50 | 1234.50  | CHF
            ฿450,000                | EXACT  | 450000  | 450000   | THB
            450,000 baht            | EXACT  | 450000  | 450000   | THB
            ₹4.5 lakh               | EXACT  | 450000  | 450000   | INR
            RMB 120,000             | EXACT  | 120000  | 120000   | CNY
            250 triệu đồng          | EXACT  | 250000000 | 250000000 | VND
            MX$150,000              | EXACT  | 150000  | 150000   | MXN
            R$ 60.000               | EXACT  | 60000   | 60000    | BRL
            up to USD 20,000        | UP_TO  | -       | 20000    | USD
            starting at $9,000      | FROM   | 9000    | -        | USD
            15,000+ USD             | FROM   | 15000   | -        | USD
            USD 5-8k                | RANGE  | 5000    | 8000     | USD
            desde 15.000 € hasta 20.000 € | RANGE | 15000 | 20000 | EUR
            $350.000 MXN            | EXACT  | 350000  | 350000   | MXN
            45.000.000 COP          | EXACT  | 45000000 | 45000000 | COP
            USD 20k to 25k          | RANGE  | 20000   | 25000    | USD
            USD 1.2m                | EXACT  | 1200000 | 1200000  | USD
            1.5 million pesos mexicanos | EXACT | 1500000 | 1500000 | MXN
            12 万元                  | EXACT  | 120000  | 120000   | CNY
            3.5万 yuan               | EXACT  | 35000   | 35000    | CNY
            4,50,000 rupees         | EXACT  | 450000  | 450000   | INR
            15 lakh INR             | EXACT  | 1500000 | 1500000  | INR
            2.5 crore rupees        | EXACT  | 25000000 | 25000000 | INR
            120,000 yuan            | EXACT  | 120000  | 120000   | CNY
            350.000 pesos           | EXACT  | 350000  | 350000   | MXN
            95.000.000 dong         | EXACT  | 95000000 | 95000000 | VND
            8.500 euros             | EXACT  | 8500    | 8500     | EUR
            CHF 12'500.–            | EXACT  | 12500   | 12500    | CHF
            Fr. 1'234.50            | EXACT  | 1234.50 | 1234.50  | CHF
            1 250 000 ₫             | EXACT  | 1250000 | 1250000  | VND
            """)
    void readsThePriceFormsOfTheSpec(String text, PriceKind kind, BigDecimal low, BigDecimal high, String currency) {
        ParsedPrice price = parser.parse(text);

        assertThat(price.kind()).isEqualTo(kind);
        assertAmount(price.low(), low);
        assertAmount(price.high(), high);
        assertThat(price.currency()).isEqualTo(currency);
        assertThat(price.text()).isEqualTo(text);
    }

    @Test
    void parsesLakhAsOneHundredThousand() {
        assertThat(parser.parse("₹4.5 lakh").low()).isEqualByComparingTo("450000");
    }

    @Test
    void readsIndianGrouping() {
        ParsedPrice price = parser.parse("Rs 4,50,000", new PriceContext(null, "IN", null, null));

        assertThat(price.low()).isEqualByComparingTo("450000");
        assertThat(price.currency()).isEqualTo("INR");
    }

    @Test
    void readsCroreAsRupeesInIndia() {
        ParsedPrice price = parser.parse("2 crore", new PriceContext(null, "IN", null, null));

        assertThat(price.low()).isEqualByComparingTo("20000000");
        assertThat(price.currency()).isEqualTo("INR");
        assertThat(price.currencyAssumed()).isTrue();
    }

    @Test
    void readsNoBreakAndNarrowNoBreakSpacesAsGrouping() {
        assertThat(parser.parse("8\u00A0500\u00A0€").low()).isEqualByComparingTo("8500");
        assertThat(parser.parse("12\u202F500 €").low()).isEqualByComparingTo("12500");
    }

    @ParameterizedTest(name = "{0} in {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            $15,000    | US | USD
            $150,000   | MX | MXN
            $15,000    | SG | SGD
            $15,000    | AU | AUD
            ¥120,000   | CN | CNY
            ¥1,200,000 | JP | JPY
            45 000 kr  | SE | SEK
            45.000 kr  | DK | DKK
            Rs 4,50,000 | IN | INR
            Rs 450,000 | PK | PKR
            """)
    void resolvesASharedSymbolByTheCountryAndSaysItWasAssumed(String text, String country, String currency) {
        ParsedPrice price = parser.parse(text, new PriceContext(null, country, null, null));

        assertThat(price.currency()).isEqualTo(currency);
        assertThat(price.currencyAssumed()).isTrue();
    }

    @Test
    void readsTheSameTextAnewInEachRowsContext() {
        PriceContext singapore = new PriceContext(null, "SG", null, null);
        PriceContext pesoColumn = new PriceContext("MXN", "MX", null, null);

        ParsedPrice inSingapore = parser.parse("$15,000", singapore);
        ParsedPrice withPesoColumn = parser.parse("$15,000", pesoColumn);
        ParsedPrice againInSingapore = parser.parse("$15,000", singapore);
        ParsedPrice euroColumn = parser.parse("USD 9,900", new PriceContext("EUR", null, null, null));
        ParsedPrice withoutContext = parser.parse("USD 9,900");

        assertThat(inSingapore.currency()).isEqualTo("SGD");
        assertThat(inSingapore.currencyAssumed()).isTrue();
        assertThat(withPesoColumn.currency()).isEqualTo("MXN");
        assertThat(withPesoColumn.currencyAssumed()).isFalse();
        assertThat(againInSingapore).isEqualTo(inSingapore);
        assertThat(euroColumn.currency()).isEqualTo("EUR");
        assertThat(euroColumn.currencyNote()).contains("currency column says EUR");
        assertThat(withoutContext.currency()).isEqualTo("USD");
        assertThat(withoutContext.currencyNote()).isNull();
        assertThat(parser.parse("free", singapore).currency()).isEqualTo("SGD");
        assertThat(parser.parse("free", pesoColumn).currency()).isEqualTo("MXN");
    }

    @ParameterizedTest(name = "{0} with no country -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            $15,000     | USD
            ¥120,000    | CNY
            45 000 kr   | SEK
            Rs 4,50,000 | INR
            500 pesos   | MXN
            """)
    void fallsBackToTheDocumentedDefaultForASharedSymbol(String text, String currency) {
        ParsedPrice price = parser.parse(text);

        assertThat(price.currency()).isEqualTo(currency);
        assertThat(price.currencyAssumed()).isTrue();
    }

    @Test
    void aSharedSymbolInTheCurrencyColumnIsNarrowedByTheCountry() {
        ParsedPrice price = parser.parse("95,000", new PriceContext("¥", "JP", null, null));

        assertThat(price.currency()).isEqualTo("JPY");
        assertThat(price.currencyAssumed()).isTrue();
    }

    @Test
    void anUnambiguousSymbolIsNeverAssumed() {
        ParsedPrice price = parser.parse("US$ 9,900", new PriceContext(null, "MX", null, null));

        assertThat(price.currency()).isEqualTo("USD");
        assertThat(price.currencyAssumed()).isFalse();
    }

    @Test
    void unreadableTextSaysWhy() {
        assertThat(parser.parse("fifteen thousand dollars").unreadableReason()).contains("no amount in digits");
        assertThat(parser.parse("1.234,567,89 €").unreadableReason()).contains("do not form an amount");
    }

    @Test
    void contactUsIsNoPriceAndNotAnError() {
        assertThat(parser.parse("Contact us").kind()).isEqualTo(PriceKind.ON_REQUEST);
        assertThat(parser.parse("Price on request").kind()).isEqualTo(PriceKind.ON_REQUEST);
        assertThat(parser.parse("Call +66 2 555 0100").kind()).isEqualTo(PriceKind.ON_REQUEST);
    }

    @Test
    void freeIsZero() {
        ParsedPrice price = parser.parse("free");

        assertThat(price.kind()).isEqualTo(PriceKind.FREE);
        assertThat(price.low()).isEqualByComparingTo("0");
    }

    @Test
    void wordsThatAreNotAnAmountAreUnreadable() {
        assertThat(parser.parse("fifteen thousand dollars").kind()).isEqualTo(PriceKind.UNREADABLE);
    }

    @Test
    void blankIsNoPrice() {
        assertThat(parser.parse("  ").kind()).isEqualTo(PriceKind.NONE);
    }

    @Test
    void picksTheAmountNextToTheCurrencyOverOtherNumbers() {
        ParsedPrice price = parser.parse("8 injections: USD 40,000");

        assertThat(price.low()).isEqualByComparingTo("40000");
    }

    @Test
    void notesABasisWrittenInThePrice() {
        assertThat(parser.parse("$5,000 per injection").basisInText()).isEqualTo(PriceBasis.PER_INJECTION);
        assertThat(parser.parse("USD 300/day").basisInText()).isEqualTo(PriceBasis.PER_DAY);
        assertThat(parser.parse("USD 30,000 (14 day program)").basisInText()).isNull();
    }

    @Test
    void resolvesDollarByCountryAndMarksItAssumed() {
        ParsedPrice mexico = parser.parse("$150,000", new PriceContext(null, "MX", null, null));
        ParsedPrice singapore = parser.parse("$15,000", new PriceContext(null, "SG", null, null));
        ParsedPrice nowhere = parser.parse("$15,000");

        assertThat(mexico.currency()).isEqualTo("MXN");
        assertThat(mexico.currencyAssumed()).isTrue();
        assertThat(singapore.currency()).isEqualTo("SGD");
        assertThat(nowhere.currency()).isEqualTo("USD");
        assertThat(nowhere.currencyAssumed()).isTrue();
    }

    @Test
    void currencyColumnOverridesThePriceText() {
        ParsedPrice price = parser.parse("$15,000", new PriceContext("AUD", "US", null, null));

        assertThat(price.currency()).isEqualTo("AUD");
        assertThat(price.currencyAssumed()).isFalse();
    }

    @Test
    void priceHeaderCarriesTheCurrencyOfBareNumbers() {
        ParsedPrice price = parser.parse("15,000", new PriceContext(null, "TH", "Price (USD)", null));

        assertThat(price.currency()).isEqualTo("USD");
        assertThat(price.currencyAssumed()).isFalse();
    }

    @Test
    void bareNumberTakesTheCountrysCurrencyAsAnAssumption() {
        ParsedPrice price = parser.parse("450000", new PriceContext(null, "TH", null, null));

        assertThat(price.currency()).isEqualTo("THB");
        assertThat(price.currencyAssumed()).isTrue();
    }

    @Test
    void numericCellTakesTheCurrencyFromItsNumberFormat() {
        ParsedPrice baht = parser.parseNumber(new BigDecimal("450000"), "[$฿-41E]#,##0", "฿450,000", PriceContext.NONE);
        ParsedPrice dong = parser.parseNumber(new BigDecimal("180000000"), "#,##0 \"₫\"", "180,000,000 ₫", PriceContext.NONE);
        ParsedPrice mexicanDollar = parser.parseNumber(new BigDecimal("45000"), "[$$-80A]#,##0", "$45,000", PriceContext.NONE);

        assertThat(baht.currency()).isEqualTo("THB");
        assertThat(baht.low()).isEqualByComparingTo("450000");
        assertThat(dong.currency()).isEqualTo("VND");
        assertThat(mexicanDollar.currency()).isEqualTo("MXN");
    }

    @Test
    void rankingAmountIsMidpointLowerBoundOrUpperBound() {
        assertThat(parser.parse("$5,000 - $20,000").rankingAmount()).isEqualByComparingTo("12500");
        assertThat(parser.parse("from $15,000").rankingAmount()).isEqualByComparingTo("15000");
        assertThat(parser.parse("up to $20,000").rankingAmount()).isEqualByComparingTo("20000");
    }

    private static void assertAmount(BigDecimal actual, BigDecimal expected) {
        if (expected == null) {
            assertThat(actual).isNull();
        } else {
            assertThat(actual).isEqualByComparingTo(expected);
        }
    }
}
