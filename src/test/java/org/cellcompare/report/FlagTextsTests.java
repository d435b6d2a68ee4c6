package org.cellcompare.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.cellcompare.rank.Flag;

/** Every flag speaks to families in at most two plain sentences, without codes or clinical jargon. */
class FlagTextsTests {

    private static final ReportText TEXT = new ReportText(Bundles.messages(), Locale.ENGLISH);

    @ParameterizedTest
    @EnumSource(Flag.class)
    void everyFlagHasATitleAndAtMostTwoSentences(Flag flag) {
        String title = TEXT.flagTitle(flag);
        String text = TEXT.flagText(flag);

        assertThat(title).isNotBlank().doesNotContain("_");
        assertThat(text).isNotBlank().doesNotContain(flag.name());
        assertThat(text.split("(?<=[.!?])\\s+")).as(text).hasSizeBetween(1, 2);
        assertThat(text.toLowerCase(Locale.ROOT)).doesNotContain("allogeneic", "autologous", "intrathecal", "mesenchymal",
                "msc", "bmmnc", "pluripotent");
    }
}
