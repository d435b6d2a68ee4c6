package org.cellcompare.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the family sheet labels a source: a web address by its site, anything else as written. */
class SourceLabelTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "https://www.example.org/clinic?page=2 | example.org",
            "http://clinic.example.com             | clinic.example.com",
            "https://user@cells.example.net:8443/x | cells.example.net",
            "https://[2001:db8::1]:8080/trial       | [2001:db8::1]",
            "https://clinicaltrials.gov#NCT01      | clinicaltrials.gov",
            "Clinic brochure, March 2026           | Clinic brochure, March 2026",
            "https://                              | https://",
            "ftp://example.org/file                | ftp://example.org/file",
    })
    void showsAWebAddressAsItsSite(String source, String label) {
        assertThat(FamilySheet.sourceLabel(source)).isEqualTo(label);
    }
}
