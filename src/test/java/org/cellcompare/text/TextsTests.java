package org.cellcompare.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTests {

    @Test
    void cutsLongTextToFitWithAnEllipsis() {
        assertThat(Texts.fit("abcdef", 4)).isEqualTo("abc…");
        assertThat(Texts.fit("abcd", 4)).isEqualTo("abcd");
        assertThat(Texts.fit(null, 4)).isNull();
    }

    @Test
    void neverCutsAnEmojiInHalf() {
        String cut = Texts.fit("ab😀😀😀", 4);

        assertThat(cut).isEqualTo("ab…");
        assertThat(cut.chars().filter(c -> Character.isSurrogate((char) c))).isEmpty();
    }
}
