package org.cellcompare.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;

/** Text escaped for a workbook's XML reads back, through POI's own unescaping, as it was. */
class XstringsTests {

    /** The pieces the hard cases are made of: escapes, near-escapes, controls, and text around them. */
    private static final List<String> PIECES = List.of("_", "x", "X", "0", "4", "1", "5", "F", "f", "g", "_x0041_",
            "_x005F_", "_x005f_", "_xD83D_", "__", "\u0001", "\u001F", "\t", "\n", "\r", "\uFFFE", "\u00A0", "é",
            "\uD83E\uDDEC", "a b");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "_x0041_               | _x005F_x0041_",
            "a_x00e9_b             | a_x005F_x00e9_b",
            "_x0041__x0042_        | _x005F_x0041__x005F_x0042_",
            "_x005F_               | _x005F_x005F_",
            "_X0041_               | _X0041_",
            "_x004g_               | _x004g_",
            "_x0041                | _x0041",
            "snake_case_x_value    | snake_case_x_value",
            "https://a.example/_x1 | https://a.example/_x1"})
    void escapesTheUnderscoreOfEveryLiteralEscape(String text, String escaped) {
        assertThat(Xstrings.escape(text)).isEqualTo(escaped);
    }

    @Test
    void writesCharactersXmlCannotHoldAsEscapesAndKeepsTabsAndLineBreaks() {
        assertThat(Xstrings.escape("a\u0000b\u0007c\u000Bd\u001Fe\uFFFEf\uFFFF")).isEqualTo(
                "a_x0000_b_x0007_c_x000B_d_x001F_e_xFFFE_f_xFFFF_");
        assertThat(Xstrings.escape("tab\there\nand\r\nthere")).isEqualTo("tab\there\nand\r\nthere");
    }

    @Test
    void returnsTextThatNeedsNothingAsItIs() {
        String plain = "Clínica Vida \uD83E\uDDEC _ x";
        assertThat(Xstrings.escape(plain)).isSameAs(plain);
        assertThat(Xstrings.escape(null)).isNull();
    }

    @Test
    void anyTextReadsBackThroughPoiAsItWas() {
        Gen<String> texts = lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 12)
                .map(indexes -> indexes.stream().map(PIECES::get).reduce("", String::concat));
        qt().withFixedSeed(24L).withExamples(20_000).forAll(texts).checkAssert(text -> {
            String escaped = Xstrings.escape(text);
            assertThat(escaped).as(text).doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");
            assertThat(new XSSFRichTextString(escaped).getString()).as(escaped).isEqualTo(text);
        });
    }
}
