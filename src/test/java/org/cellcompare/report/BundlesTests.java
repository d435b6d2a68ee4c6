package org.cellcompare.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** English and Spanish say everything the workbook says: no key missing, none left untranslated. */
class BundlesTests {

    /**
     * Keys whose Spanish text is rightly the same as the English: names, codes, and the example
     * row of the template, whose values are the words analysts type.
     */
    private static final Set<String> SAME_IN_BOTH = Set.of("summary.title", "print.header", "readme.data.4", "summary.outlier", "route.INTRAMUSCULAR",
            "template.example.COUNTRY", "template.example.CITY", "template.example.PROGRAM", "template.example.PRICE",
            "template.example.CURRENCY", "template.example.PRICE_BASIS", "template.example.INJECTIONS",
            "template.example.DURATION", "template.example.CELL_SOURCE", "template.example.ROUTE",
            "template.example.REGULATORY_STATUS", "template.example.SOURCE_URL", "template.example.LAST_VERIFIED");

    @Test
    void spanishHasEveryEnglishKeyAndNoOther() throws IOException {
        Properties english = load("/messages.properties");
        Properties spanish = load("/messages_es.properties");

        assertThat(new TreeSet<>(spanish.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
    }

    @Test
    void spanishTranslatesEveryText() throws IOException {
        Properties english = load("/messages.properties");
        Properties spanish = load("/messages_es.properties");

        Map<String, String> untranslated = new TreeMap<>();
        for (String key : english.stringPropertyNames()) {
            if (!SAME_IN_BOTH.contains(key) && english.getProperty(key).equals(spanish.getProperty(key))) {
                untranslated.put(key, english.getProperty(key));
            }
        }
        assertThat(untranslated).isEmpty();
    }

    @Test
    void everyTextKeepsItsPlaceholders() throws IOException {
        Properties english = load("/messages.properties");
        Properties spanish = load("/messages_es.properties");

        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(spanish.getProperty(key))).as(key).isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d}").matcher(text == null ? "" : text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(BundlesTests.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
