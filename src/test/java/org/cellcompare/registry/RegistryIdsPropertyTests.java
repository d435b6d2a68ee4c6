package org.cellcompare.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Whatever text is in the registration column, the extractor returns only well-formed IDs and never throws. */
class RegistryIdsPropertyTests {

    private static final List<String> PIECES = List.of("NCT", "nct", "ChiCTR", "CTRI", "/", "-", " ", "ISRCTN", "ACTRN",
            "jRCT", "s", "UMIN", "KCT", "IRCT", "N", "DRKS", "PACTR", "TCTR", "SLCTR", "RBR", "LBCTR", "ITMCTR", "NL-OMON",
            "RPCEC", "PER", "0", "1", "2", "5", "9", "0256", "9775", "2020", "001113", "21", "00", ";", "registered");

    @Test
    void anyTextGivesOnlyWellFormedIds() {
        qt().withFixedSeed(20261122L).withExamples(3000)
                .forAll(strings().allPossible().ofLengthBetween(0, 80))
                .checkAssert(RegistryIdsPropertyTests::onlyWellFormed);
    }

    @Test
    void textMadeOfIdPiecesGivesOnlyWellFormedIds() {
        Gen<String> text = lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 14).map(parts -> String.join("", parts));
        qt().withFixedSeed(3L).withExamples(6000).forAll(text).checkAssert(RegistryIdsPropertyTests::onlyWellFormed);
    }

    private static void onlyWellFormed(String text) {
        for (RegistryId id : RegistryIds.find(text)) {
            assertThat(RegistryIds.find(id.id())).as("a found ID is found again on its own").containsExactly(id);
            assertThat(id.link()).startsWith("https://");
        }
    }
}
