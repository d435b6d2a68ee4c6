package org.cellcompare.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.cellcompare.normalize.PriceParser.PriceContext;

/**
 * Prices as clinics write them in their own languages: the words that multiply an amount, the
 * words for dollars, and the symbols several currencies share, each read with the row's country
 * and currency column as a family's offer sheet has them.
 */
class PricesInTheirOwnWordsTests {

    private final PriceParser parser = new PriceParser(new CurrencyResolver());

    @ParameterizedTest(name = "{0} in {1} -> {3} {4}, assumed {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Rp 90 juta                    | ID | -   | 90000000   | IDR | false
            Rp 1,5 juta                   | ID | -   | 1500000    | IDR | false
            90 juta rupiah                | ID | -   | 90000000   | IDR | false
            Rp 500 ribu                   | ID | -   | 500000     | IDR | false
            Rp 500rb                      | ID | -   | 500000     | IDR | false
            Rp 85 jt                      | ID | -   | 85000000   | IDR | false
            Rp 1 miliar 250 juta          | ID | -   | 1250000000 | IDR | false
            Rp 1.500 juta                 | ID | -   | 1500000000 | IDR | false
            90 juta                       | ID | -   | 90000000   | IDR | true
            RM 45 ribu                    | MY | -   | 45000      | MYR | false
            3,500만원                      | KR | -   | 35000000   | KRW | false
            1,200만 원                     | KR | -   | 12000000   | KRW | false
            1억 5천만원                     | KR | -   | 150000000  | KRW | false
            2억원                          | KR | -   | 200000000  | KRW | false
            3만5천원                        | KR | -   | 35000      | KRW | false
            약 3천만원부터                    | KR | -   | 30000000   | KRW | false
            3,500만                        | KR | -   | 35000000   | KRW | false
            1.2 ล้านบาท                    | TH | -   | 1200000    | THB | false
            5 แสนบาท                       | TH | -   | 500000     | THB | false
            ราคา 350,000 บาท               | TH | -   | 350000     | THB | false
            250 triệu đồng                | VN | -   | 250000000  | VND | false
            1 tỷ 200 triệu                | VN | -   | 1200000000 | VND | false
            500 nghìn đồng                | VN | -   | 500000     | VND | false
            800 ngàn                      | VN | -   | 800000     | VND | false
            1,2 millones de pesos         | MX | -   | 1200000    | MXN | true
            USD 1,5 millones              | MX | -   | 1500000    | USD | false
            2.500 millones de pesos colombianos | CO | - | 2500000000 | COP | false
            R$ 1,2 milhões                | BR | -   | 1200000    | BRL | false
            R$ 150 mil                    | BR | -   | 150000     | BRL | false
            US$ 2 milhões                 | BR | -   | 2000000    | USD | false
            ₹1.5 crore                    | IN | -   | 15000000   | INR | false
            Rs 2 crore                    | IN | -   | 20000000   | INR | true
            ₹ 5 लाख                        | IN | -   | 500000     | INR | false
            ₹1 करोड़                        | IN | -   | 10000000   | INR | false
            12 lakh                       | IN | -   | 1200000    | INR | true
            50万円                         | JP | -   | 500000     | JPY | false
            50万円から                      | JP | -   | 500000     | JPY | false
            約50万円                        | JP | -   | 500000     | JPY | false
            3,500万元                       | CN | -   | 35000000   | CNY | false
            人民币 20万                      | CN | -   | 200000     | CNY | false
            15万元人民币                     | CN | -   | 150000     | CNY | false
            1亿5000万日元                    | CN | -   | 150000000  | JPY | false
            5,000美元                       | CN | -   | 5000       | USD | false
            20万港元                        | CN | -   | 200000     | HKD | false
            ¥ 300万                        | JP | -   | 3000000    | JPY | true
            """)
    void readsAmountWordsOfEachLanguage(String text, String country, String column, BigDecimal amount, String currency,
                                        boolean assumed) {
        assertReads(text, country, column, amount, currency, assumed);
    }

    @ParameterizedTest(name = "{0} in {1} -> {3} {4}, assumed {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            9,5 mil dólares               | MX | -   | 9500       | USD | false
            dólares 12.000                | AR | -   | 12000      | USD | false
            12.000 dolares                | CO | -   | 12000      | USD | false
            US$ 9.500                     | MX | -   | 9500       | USD | false
            15.000 dólares canadienses    | MX | -   | 15000      | CAD | false
            20 mil dólares australianos   | PE | -   | 20000      | AUD | false
            R$ 50 mil ou 10 mil dólares   | BR | -   | 50000      | BRL | false
            5,000 dollars                 | CA | -   | 5000       | CAD | true
            5,000 dollars                 | -  | -   | 5000       | USD | true
            9,5 mil pesos                 | MX | -   | 9500       | MXN | true
            9,5 mil dólares               | MX | MXN | 9500       | MXN | false
            """)
    void readsASpanishWordForDollarsAsUsDollarsUnlessItSaysWhich(String text, String country, String column,
                                                                BigDecimal amount, String currency, boolean assumed) {
        assertReads(text, country, column, amount, currency, assumed);
    }

    @ParameterizedTest(name = "{0} in {1}, column {2} -> {4}, assumed {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            ﷼ 50,000                      | SA | -   | 50000      | SAR | true
            ﷼ 50,000                      | IR | -   | 50000      | IRR | true
            ﷼ 50,000                      | OM | -   | 50000      | OMR | true
            ﷼ 50,000                      | QA | -   | 50000      | QAR | true
            ﷼ 50,000                      | YE | -   | 50000      | YER | true
            ﷼ 50,000                      | -  | -   | 50000      | IRR | true
            50,000                        | SA | ﷼   | 50000      | SAR | true
            50,000                        | DE | ﷼   | 50000      | IRR | true
            50000 ریال                     | -  | -   | 50000      | IRR | true
            5000 ريال                      | YE | -   | 5000       | YER | true
            ر.س 5000                       | -  | -   | 5000       | SAR | false
            ر.س 5000                       | IR | -   | 5000       | SAR | false
            ر.ق 5000                       | -  | -   | 5000       | QAR | false
            د.إ 20,000                     | -  | -   | 20000      | AED | false
            د.إ 20,000                     | MA | -   | 20000      | AED | false
            20000 درهم                     | MA | -   | 20000      | MAD | true
            20000 درهم                     | AE | -   | 20000      | AED | true
            """)
    void resolvesASharedSymbolByTheCurrencyColumnThenTheCountry(String text, String country, String column,
                                                              BigDecimal amount, String currency, boolean assumed) {
        assertReads(text, country, column, amount, currency, assumed);
    }

    @Test
    void listsEveryCurrencySymbolWordAndAmountWordOnce() {
        assertThatCode(CurrencyResolver::new).as("the tables refuse a key listed twice").doesNotThrowAnyException();
        assertThat(AmountWord.words()).doesNotHaveDuplicates();
    }

    @Test
    void doesNotTakeAKoreanWordThatEndsInTheWonSignForTheCurrency() {
        ParsedPrice price = parser.parse("서울병원 3,500", new PriceContext(null, "US", null, null));

        assertThat(price.currency()).isEqualTo("USD");
        assertThat(price.currencyAssumed()).isTrue();
    }

    private void assertReads(String text, String country, String column, BigDecimal amount, String currency,
                             boolean assumed) {
        ParsedPrice price = parser.parse(text, new PriceContext(column, country, null, null));

        assertThat(price.low()).as("amount of %s", text).isEqualByComparingTo(amount);
        assertThat(price.currency()).as("currency of %s", text).isEqualTo(currency);
        assertThat(price.currencyAssumed()).as("currency of %s assumed", text).isEqualTo(assumed);
    }
}
