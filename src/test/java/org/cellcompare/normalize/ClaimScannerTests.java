package org.cellcompare.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClaimScannerTests {

    @ParameterizedTest
    @ValueSource(strings = {"We cure cerebral palsy", "Guaranteed improvement", "100% success rate", "No side effects",
            "risk-free treatment", "miracle results", "reverses brain damage", "Cura garantizada",
            "sin efectos secundarios", "resultados milagrosos"})
    void findsClaimsOfCure(String text) {
        assertThat(ClaimScanner.find(text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"secure payment", "procurement of cells", "careful follow-up", "50% of families report", ""})
    void doesNotFlagOrdinaryWords(String text) {
        assertThat(ClaimScanner.find(text)).isEmpty();
    }
}
