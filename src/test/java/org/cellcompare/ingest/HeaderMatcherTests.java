package org.cellcompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderMatcherTests {

    private final HeaderMatcher matcher = new HeaderMatcher();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Provider            | PROVIDER
            Clinic name         | PROVIDER
            clinic_name         | PROVIDER
            HOSPITAL            | PROVIDER
            Clínica             | PROVIDER
            Sponsor             | PROVIDER
            Price (USD)         | PRICE
            Cost in THB         | PRICE
            fee                 | PRICE
            Precio              | PRICE
            Route of administration | ROUTE
            Vía de administración   | ROUTE
            NCT Number          | REGISTRATION
            Last verified       | LAST_VERIFIED
            Source URL          | SOURCE_URL
            No. of injections   | INJECTIONS
            """)
    void matchesAliasesWhateverTheCaseSpacesPunctuationOrAccents(String header, OfferingColumn column) {
        assertThat(matcher.columnFor(header)).isEqualTo(column);
    }

    @Test
    void unknownHeadersMatchNothing() {
        assertThat(matcher.columnFor("Contact person")).isNull();
        assertThat(matcher.columnFor("Price history")).isNull();
    }
}
