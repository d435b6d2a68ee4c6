package org.cellcompare.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The sheets link an address after a cheap check only, so every address ingest made safe must pass it. */
class SourceLinksTests {

    @ParameterizedTest
    @ValueSource(strings = {"https://clinic.example/prices", "http://clinic.example", "HTTPS://Clinic.Example/Precios",
            "www.clinic.example/prices", "  https://clinic.example/ö?q=ü  ", "Http://clinic.example:8080/a#b"})
    void everyAddressSafeLinkGivesIsOneTheSheetsLink(String text) {
        String link = SourceLinks.safeLink(text);

        assertThat(link).isNotNull();
        assertThat(SourceLinks.isSafeLink(link)).as(link).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"javascript:alert(1)", "file:///etc/passwd", "data:text/html,hi", "\\\\server\\share",
            "//clinic.example", "HTTPS://clinic.example", "www.clinic.example", "ftp://clinic.example", ""})
    void anythingElseIsShownAsText(String address) {
        assertThat(SourceLinks.isSafeLink(address)).isFalse();
    }
}
