package org.cellcompare.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FlagsTests {

    @Test
    void joinsCodesInCatalogueOrderWhateverOrderTheyCameIn() {
        List<Flag> reversed = new ArrayList<>(Arrays.asList(Flag.values()));
        Collections.reverse(reversed);
        String expected = String.join(",", Arrays.stream(Flag.values()).map(Flag::name).toList());

        assertThat(Flags.join(reversed)).isEqualTo(expected);
        assertThat(Flags.join(EnumSet.allOf(Flag.class))).isEqualTo(expected);
        assertThat(Flags.join(Set.of(Flag.PRICE_OUTLIER, Flag.NO_REGISTRATION)))
                .isEqualTo(Flag.NO_REGISTRATION.ordinal() < Flag.PRICE_OUTLIER.ordinal()
                        ? "NO_REGISTRATION,PRICE_OUTLIER" : "PRICE_OUTLIER,NO_REGISTRATION");
        assertThat(Flags.join(List.of())).isEmpty();
    }

    @Test
    void readsBackWhatItJoinedAndForgivesSpacesAndEmptyCodes() {
        for (Flag flag : Flag.values()) {
            EnumSet<Flag> upTo = EnumSet.range(Flag.values()[0], flag);
            assertThat(Flags.parse(Flags.join(upTo))).isEqualTo(upTo);
        }
        assertThat(Flags.parse(" NO_PRICE , ,CURE_CLAIM,")).containsExactlyInAnyOrder(Flag.NO_PRICE, Flag.CURE_CLAIM);
        assertThat(Flags.parse("")).isEmpty();
        assertThat(Flags.parse("  ")).isEmpty();
        assertThat(Flags.parse(null)).isEmpty();
    }

    @Test
    void refusesACodeItDoesNotKnow() {
        assertThatThrownBy(() -> Flags.parse("NO_PRICE,NOT_A_FLAG")).isInstanceOf(IllegalArgumentException.class);
    }
}
