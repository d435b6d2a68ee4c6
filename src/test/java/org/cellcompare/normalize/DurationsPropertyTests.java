package org.cellcompare.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The duration patterns begin with a lookahead that only says where a number can begin, to spare
 * Java trying every number word at every character; with it they must find exactly what they find
 * without it. Ranges ("5–6 weeks") put a second number in each pattern, so long runs of numbers
 * and what joins them must read in linear time too.
 */
class DurationsPropertyTests {

    private static final int MILLION = 1_000_000;
    private static final Duration GENEROUS = Duration.ofSeconds(60);

    private static final List<String> PIECES = List.of("1", "14", "2", "300", "4000", "one", "One", "TWO", "three", "four",
            "fourteen", "Fourteen", "twenty", "thirty", "uno", "una", "dos", "Tres", "cuatro", "catorce", "veinte", "treinta",
            "once", "doce", "ocho", "nueve", "diez", "siete", "seis", "eleven", "twelve", "ten", "nine", "eight",
            "day", "days", "Días", "dia", "nights", "noches", "week", "weeks", "semanas", "month", "Months", "mes", "meses",
            "injections", "inyecciones", "–", " to ", " a ", " y ", " or ", " o ", "apart", "every ", "aged ", "later", ".",
            "inyección", "sessions", "dosis", "transplants", "administration", "intrathecal", " ", "  ", "-", "\t", "x",
            "phone", "someone", "five", "fıve", "FİVE", "doſ", "ſ", "İ", "ı", "\u212A", "é", "万", "😀", ",");

    @Test
    void findTheSameNumbersAsWithoutTheLookaheadOnPieces() {
        Gen<String> texts = lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 8).map(parts -> String.join("", parts));
        qt().withFixedSeed(20261201L).withExamples(20_000).forAll(texts).checkAssert(this::sameAsWithoutLookahead);
    }

    @Test
    void findTheSameNumbersAsWithoutTheLookaheadOnAnyText() {
        qt().withFixedSeed(7L).withExamples(5_000).forAll(strings().allPossible().ofLengthBetween(0, 30))
                .checkAssert(this::sameAsWithoutLookahead);
    }

    /** Whatever a pattern matches, in whatever case ("fıve", "FİVE"), is a number the reader knows. */
    @Test
    void readsEveryTextWithoutFailing() {
        Gen<String> texts = lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 8).map(parts -> String.join("", parts));
        qt().withFixedSeed(20261202L).withExamples(20_000).forAll(texts).checkAssert(text -> {
            assertThatCode(() -> Durations.days(text)).as(text).doesNotThrowAnyException();
            assertThatCode(() -> Durations.injections(text)).as(text).doesNotThrowAnyException();
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1-", "1–", "999-", "1 - ", "1 to ", "1 a ", "one to ", "1-1 ", "1 month apart ", "every 1 week ",
            "1.1-", "aged 1 to 1 months "})
    void readsAMillionCharactersOfRangesAndIntervalsInSeconds(String unit) {
        String text = unit.repeat(MILLION / unit.length()) + "x days";
        assertTimeoutPreemptively(GENEROUS, () -> Durations.days(text), unit);
        assertTimeoutPreemptively(GENEROUS, () -> Durations.days(text + " and 1 day"), unit);
    }

    private void sameAsWithoutLookahead(String text) {
        for (Pattern pattern : List.of(Durations.DAYS, Durations.WEEKS, Durations.MONTHS, Durations.INJECTIONS)) {
            assertThat(pattern.pattern()).contains(Durations.NUMBER_START);
            Pattern plain = Pattern.compile(pattern.pattern().replace(Durations.NUMBER_START, ""), pattern.flags());
            assertThat(firstMatch(pattern, text)).as(pattern + " in " + text).isEqualTo(firstMatch(plain, text));
        }
    }

    private static String firstMatch(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.start() + ":" + m.group() + ":" + m.group(1) + ":" + (m.groupCount() > 1 ? m.group(2) : "") : null;
    }
}
