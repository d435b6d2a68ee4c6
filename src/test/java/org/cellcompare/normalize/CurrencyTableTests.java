package org.cellcompare.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The currency tables are data; a mistake in them stops the application from starting, never a price from reading right. */
class CurrencyTableTests {

    private static final Set<String> CODES = Set.of("USD", "CAD", "SAR", "IRR");

    @Test
    void refusesAMentionListedTwice() {
        String csv = "mention,means,why\n﷼,SAR,\nC$,CAD,\n﷼,IRR,\n";

        assertThatThrownBy(() -> CurrencyTable.read(new StringReader(csv), "symbols.csv", s -> s, CODES))
                .hasMessage("symbols.csv lists ﷼ twice");
    }

    @Test
    void refusesAWordListedTwiceInAnotherCase() {
        String csv = "mention,means,why\nDollar,USD,\ndollar,CAD,\n";

        assertThatThrownBy(() -> CurrencyTable.read(new StringReader(csv), "words.csv",
                w -> w.toLowerCase(Locale.ROOT), CODES)).hasMessage("words.csv lists dollar twice");
    }

    @Test
    void refusesACodeThatIsNotIso4217() {
        String csv = "mention,means,why\n$,USD XYZ,\n";

        assertThatThrownBy(() -> CurrencyTable.read(new StringReader(csv), "symbols.csv", s -> s, CODES))
                .hasMessageContaining("$ means XYZ, which is not an ISO 4217 code");
    }

    @Test
    void keepsTheDefaultFirstAndTheRowsInOrder() throws Exception {
        String csv = "mention,means,why\n﷼,IRR SAR,shared\nC$,CAD,\n";

        Map<String, List<String>> table = CurrencyTable.read(new StringReader(csv), "symbols.csv", s -> s, CODES);

        assertThat(table).containsExactly(Map.entry("﷼", List.of("IRR", "SAR")), Map.entry("C$", List.of("CAD")));
    }

    @Test
    void theShippedTablesLoad() {
        assertThat(CurrencyTable.load("/currencies/symbols.csv", s -> s, CurrencyResolver.ISO_CODES)).hasSizeGreaterThan(200);
        assertThat(CurrencyTable.load("/currencies/words.csv", w -> w.toLowerCase(Locale.ROOT), CurrencyResolver.ISO_CODES))
                .hasSizeGreaterThan(100);
    }
}
