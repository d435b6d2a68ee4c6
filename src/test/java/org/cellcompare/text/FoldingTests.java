package org.cellcompare.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.text.Normalizer;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Folding gives one key for the ways analysts write a name, and its ASCII shortcut changes nothing. */
class FoldingTests {

    @Test
    void foldsCaseAccentsAndPunctuation() {
        assertThat(Folding.words("  Clínica  Vida-Nueva, S.A. ")).isEqualTo("clinica vida nueva s a");
        assertThat(Folding.key("CLINICA vida nueva S.A.")).isEqualTo("clinicavidanuevasa");
        assertThat(Folding.words("Düsseldorf Straße Łódź")).isEqualTo("dusseldorf strase lodz");
        assertThat(Folding.words(null)).isEmpty();
    }

    @Test
    void asciiTextFoldsAsTheUnicodeRulesWould() {
        qt().withFixedSeed(3L).withExamples(20_000).forAll(strings().ascii().ofLengthBetween(0, 30))
                .checkAssert(text -> assertThat(Folding.words(text)).as(text).isEqualTo(byUnicodeRules(text)));
    }

    private static String byUnicodeRules(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
