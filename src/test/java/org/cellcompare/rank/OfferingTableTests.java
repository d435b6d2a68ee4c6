package org.cellcompare.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import org.cellcompare.ingest.OfferingColumn;
import org.cellcompare.support.Offerings;
import org.cellcompare.support.TestDatabase;

class OfferingTableTests {

    private static final long RUN = 3;

    private final JdbcTemplate jdbc = TestDatabase.create();
    private final Offerings offerings = new Offerings();

    @Test
    void anIdIsTheFilesNumberAboveTheRowsPlaceAndNoTwoRowsShareOne() {
        assertThat(OfferingTable.id(1, 1)).isEqualTo((1L << 40) + 1);
        assertThat(OfferingTable.id(2, 1)).isNotEqualTo(OfferingTable.id(1, 1));
        assertThat(OfferingTable.id(1, (1L << 40) - 1)).isLessThan(OfferingTable.id(2, 0));
        assertThat(OfferingTable.id((1 << 23) - 1, (1L << 40) - 1)).isPositive();
        assertThatThrownBy(() -> OfferingTable.id(1, 1L << 40)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OfferingTable.id(1 << 23, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aChunkStagedAgainAsAResumedRunDoesLeavesEachRowOnceWithWhatItSaysNow() {
        OfferingTable.create(jdbc, RUN);
        OfferingStore store = new OfferingStore(jdbc);
        List<StagedOffering> chunk = List.of(
                offerings.staged(Map.of(OfferingColumn.PROVIDER, "Sunrise Clinic", OfferingColumn.COUNTRY, "Thailand")),
                offerings.staged(Map.of(OfferingColumn.PROVIDER, "Mekong Clinic", OfferingColumn.COUNTRY, "Vietnam")));

        store.stage(RUN, 7, chunk.subList(0, 1)); // what a killed run's database kept of the chunk
        store.stage(RUN, 7, chunk);
        store.stage(RUN, 7, chunk);

        assertThat(jdbc.queryForList("SELECT provider_sort FROM " + OfferingTable.name(RUN) + " ORDER BY id", String.class))
                .containsExactly("sunrise clinic", "mekong clinic");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + OfferingTable.ranked(RUN), Long.class)).isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT id FROM " + OfferingTable.ranked(RUN) + " ORDER BY id", Long.class))
                .containsExactly(OfferingTable.id(7, chunk.get(0).item()), OfferingTable.id(7, chunk.get(1).item()));
    }

    @Test
    void aFileKeepsItsNumberAndAFileAddedLaterGetsTheNext() {
        OfferingFileNumbers numbers = new OfferingFileNumbers(jdbc);

        assertThat(numbers.numberOf(RUN, "b.csv")).isEqualTo(1);
        assertThat(numbers.numberOf(RUN, "c.xlsx")).isEqualTo(2);
        assertThat(numbers.numberOf(RUN, "a.csv")).isEqualTo(3);
        assertThat(numbers.numberOf(RUN, "b.csv")).isEqualTo(1);
        assertThat(numbers.numberOf(RUN + 1, "c.xlsx")).isEqualTo(1);
    }
}
