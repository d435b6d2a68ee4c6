package org.cellcompare.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import org.cellcompare.normalize.PriceParser.PriceContext;

/**
 * Whatever text an analyst pastes, the price parser answers with a price or a clear reason it
 * cannot read one, and never throws. Seeds are fixed so a failure is reproducible.
 */
class PriceParserPropertyTests {

    private static final List<String> PRICE_PIECES = List.of("0", "1", "5", "9", "00", "000", "12", "450", ".", ",", "'",
            " ", "\u00A0", "\u202F", "-", "–", "to", "from", "up to", "k", "m", "lakh", "crore", "万", "triệu", "$", "US$",
            "€", "¥", "kr", "Rs", "R$", "฿", "₹", "baht", "pesos", "USD", "THB", "per injection", "/day", "+", "%", "(",
            ")", "free", "contact us", "€", "..", "e", "E", "1e9", "∞", "٣", "१", "٫");
    private final PriceParser parser = new PriceParser(new CurrencyResolver());

    @Test
    void anyTextGivesAPriceOrAReason() {
        qt().withFixedSeed(20261122L).withExamples(3000)
                .forAll(strings().allPossible().ofLengthBetween(0, 60))
                .checkAssert(this::isAPriceOrAReason);
    }

    @Test
    void textMadeOfPricePiecesGivesAPriceOrAReason() {
        Gen<String> pieces = lists().of(Generate.pick(PRICE_PIECES)).ofSizeBetween(0, 12)
                .map(parts -> String.join("", parts));
        qt().withFixedSeed(11L).withExamples(5000).forAll(pieces).checkAssert(this::isAPriceOrAReason);
    }

    @Test
    void anyNumericCellGivesAPrice() {
        qt().withFixedSeed(7L).withExamples(2000)
                .forAll(integers().between(-1_000_000, 1_000_000_000), Generate.pick(List.of("", "General", "#,##0",
                        "[$฿-41E]#,##0", "\"$\"#,##0", "#,##0 \"₫\"", "[$$-80A]#,##0.00", "0%", "[Red]-#,##0")))
                .checkAssert((value, format) -> {
                    ParsedPrice price = parser.parseNumber(BigDecimal.valueOf(value), format, null, PriceContext.NONE);
                    assertThat(price.kind().hasAmount()).isTrue();
                    assertThat(price.low().signum()).isGreaterThanOrEqualTo(0);
                    assertThat(price.currency()).hasSize(3);
                });
    }

    private void isAPriceOrAReason(String text) {
        ParsedPrice price = parser.parse(text, new PriceContext(null, "MX", null, null));
        assertThat(price).isNotNull();
        assertThat(price.kind()).isNotNull();
        switch (price.kind()) {
            case UNREADABLE -> assertThat(price.unreadableReason()).isNotBlank();
            case NONE, ON_REQUEST -> assertThat(price.low()).isNull();
            default -> {
                assertThat(price.low() != null || price.high() != null).isTrue();
                if (price.low() != null) {
                    assertThat(price.low().signum()).isGreaterThanOrEqualTo(0);
                }
                if (price.low() != null && price.high() != null) {
                    assertThat(price.high()).isGreaterThanOrEqualTo(price.low());
                }
                assertThat(price.currency()).hasSize(3);
                assertThat(price.rankingAmount()).isNotNull();
            }
        }
    }
}
