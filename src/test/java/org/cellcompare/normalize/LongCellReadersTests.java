package org.cellcompare.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import org.cellcompare.registry.RegistryIds;
import org.cellcompare.text.Folding;

/**
 * Every per-cell text reader of normalizing reads a cell of a million characters (the most the
 * readers allow) of digits, spaces, dots, commas and letters in seconds, without a stack overflow:
 * the shapes below made the route reader overflow the stack and the duration reader run for
 * minutes (issue 24).
 */
class LongCellReadersTests {

    private static final int MILLION = 1_000_000;
    private static final Duration GENEROUS = Duration.ofSeconds(60);
    private static final CurrencyResolver CURRENCIES = new CurrencyResolver();
    private static final CountryNames COUNTRIES = new CountryNames();

    private static final Map<String, Function<String, Object>> READERS = new LinkedHashMap<>();
    private static final Map<String, String> SHAPES = new LinkedHashMap<>();

    static {
        READERS.put("days", Durations::days);
        READERS.put("injections", Durations::injections);
        READERS.put("claims", ClaimScanner::find);
        READERS.put("cell source", Vocabularies::cellSources);
        READERS.put("route", Vocabularies::routes);
        READERS.put("regulatory status", Vocabularies::regulatoryStatus);
        READERS.put("patient pays", Vocabularies::patientPays);
        READERS.put("currency mentions", CURRENCIES::find);
        READERS.put("currency column", CURRENCIES::candidates);
        READERS.put("verified date", VerifiedDates::read);
        READERS.put("source link", SourceLinks::safeLink);
        READERS.put("country", COUNTRIES::codeOf);
        READERS.put("registration numbers", RegistryIds::find);
        READERS.put("price basis", PriceBasis::fromColumn);
        READERS.put("folding", Folding::words);

        SHAPES.put("digits", repeat("9"));
        SHAPES.put("digits and spaces", repeat("1 "));
        SHAPES.put("number words", repeat("one "));
        SHAPES.put("a number, spaces, then a unit too far", "1" + repeat(" ").substring(20) + "x days x weeks");
        SHAPES.put("number words run together", "injection " + repeat("one").substring(20) + " x");
        SHAPES.put("route abbreviations", repeat("iv "));
        SHAPES.put("everything", mixed());
    }

    static Stream<Arguments> readers() {
        return READERS.keySet().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void readsAMillionCharactersOfEachShapeInSeconds(String reader) {
        Function<String, Object> read = READERS.get(reader);
        SHAPES.forEach((shape, text) -> assertThatCode(() -> assertTimeoutPreemptively(GENEROUS, () -> read.apply(text), shape))
                .as(reader + " on " + shape).doesNotThrowAnyException());
    }

    @Test
    void stillReadsRoutesWrittenInAbbreviations() {
        assertThat(Vocabularies.routes("IT and IM").routes()).containsExactlyInAnyOrder(Route.INTRATHECAL, Route.INTRAMUSCULAR);
        assertThat(Vocabularies.routes("in").routes()).containsExactly(Route.INTRANASAL);
        assertThat(Vocabularies.routes("iv ".repeat(MILLION / 3)).routes()).containsExactly(Route.INTRAVENOUS);
        assertThat(Vocabularies.routes("it, lp").routes()).containsExactly(Route.INTRATHECAL);
    }

    @Test
    void stillReadsDurationsAndInjectionsAroundLongText() {
        assertThat(Durations.days("1" + " ".repeat(MILLION) + "x days, then 14 days")).isEqualTo(14);
        assertThat(Durations.injections("two intrathecal injections")).isEqualTo(2);
        assertThat(Durations.injections("injection " + "one".repeat(MILLION / 3) + " x 4 sessions")).isEqualTo(4);
    }

    private static final List<String> PIECES = List.of("1", "14", "300", "one", "two", "Fourteen", "doce", "day", "days",
            "Días", "week", "semanas", "months", "meses", "–", " to ", "injections", "inyecciones", "sessions", "intrathecal",
            "lumbar", " ", "   ", "-", "\t", "x", "someone", "é", "万", ",");

    /**
     * The gaps and the word between a number and its unit are matched possessively now, and that
     * word has at most 40 letters; on texts of real words the patterns find exactly what they found
     * before.
     */
    @Test
    void durationPatternsFindWhatTheyFoundBefore() {
        Gen<String> texts = lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 10).map(parts -> String.join("", parts));
        qt().withFixedSeed(24L).withExamples(20_000).forAll(texts).checkAssert(text -> {
            for (Pattern pattern : List.of(Durations.DAYS, Durations.WEEKS, Durations.MONTHS, Durations.INJECTIONS)) {
                String before = pattern.pattern().replace("\\s*+-?+\\s*+", "\\s*-?\\s*").replace("(?:\\p{L}{1,40}+\\s++)?", "(?:\\p{L}+\\s+)?");
                assertThat(before).isNotEqualTo(pattern.pattern());
                assertThat(firstMatch(pattern, text)).as(pattern + " in " + text)
                        .isEqualTo(firstMatch(Pattern.compile(before, pattern.flags()), text));
            }
        });
    }

    private static String firstMatch(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.start() + ":" + m.group() + ":" + m.group(1) : null;
    }

    private static String repeat(String unit) {
        return unit.repeat(MILLION / unit.length() + 1).substring(0, MILLION);
    }

    private static String mixed() {
        String alphabet = "0123456789 .,abcdefghijklmnopqrstuvwxyz";
        Random random = new Random(24);
        char[] text = new char[MILLION];
        for (int i = 0; i < MILLION; i++) {
            text[i] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return new String(text);
    }
}
