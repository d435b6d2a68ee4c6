package org.cellcompare.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import org.cellcompare.normalize.CurrencyResolver.Mention;

/**
 * {@link CurrencyResolver#find} tries its pattern only where a mention can begin, and only the
 * mentions that begin with the character there; on any text it must find exactly what trying the
 * whole pattern everywhere finds.
 */
class CurrencyMentionsPropertyTests {

    private static final List<String> PIECES = List.of("USD", "usd", "US$", "$", "R$", "Rs.", "Rs", "kr", "KR", "€", "£",
            "¥", "₹", "฿", "baht", "Baht", "pesos", "pesos  chilenos", "dólares", "euros", "S/.", "B/.", "RM", "Rp", "zł",
            "RMB", "NTD", "sol", "soles", "THB", "thb", "CHF", "1", "450", "000", ",", ".", " ", "\u00A0", "-", "x", "ab",
            "per", "/", "(", ")", "é", "ß", "Ω", "😀", "万", "٣",
            // case, spacing and accents the pattern forgives in currency words, which find() must forgive too
            "US dollars", "us\tdollars", "Us  Dollars", "U.S. DOLLARS", "DÓLARES", "Dólares\nAmericanos", "PESOS", "Pesos",
            "EUROS", "Rupees", "LIBRA ESTERLINA", "Kč", "лв.", "₤", "Bs.S", "GH₵", "Usd", "rs", "\t", "\u2003",
            // letters that case-insensitive matching pairs with others: long s, Kelvin sign, dotted and dotless i
            "ſol", "\u212Ar", "İNR", "ınr", "DİNAR", "ſoles");
    private final CurrencyResolver currencies = new CurrencyResolver();

    @Test
    void findsWhatThePatternFindsEverywhereOnPieces() {
        Gen<String> texts = lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 10).map(parts -> String.join("", parts));
        qt().withFixedSeed(20261122L).withExamples(20_000).forAll(texts).checkAssert(this::sameAsPlainFind);
    }

    @Test
    void findsWhatThePatternFindsEverywhereOnAnyText() {
        qt().withFixedSeed(5L).withExamples(5_000).forAll(strings().allPossible().ofLengthBetween(0, 40))
                .checkAssert(this::sameAsPlainFind);
    }

    private void sameAsPlainFind(String text) {
        List<Mention> everywhere = new ArrayList<>();
        Matcher m = CurrencyResolver.MENTION.matcher(text);
        while (m.find()) {
            List<String> candidates = CurrencyResolver.candidatesOf(m);
            if (!candidates.isEmpty()) {
                everywhere.add(new Mention(m.start(), m.end(), m.group(), candidates));
            }
        }
        assertThat(currencies.find(text)).as(text).isEqualTo(everywhere);
    }
}
