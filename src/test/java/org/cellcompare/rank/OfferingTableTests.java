package org.cellcompare.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import org.cellcompare.support.TestDatabase;

class OfferingTableTests {

    private static final long RUN = 3;
    private static final String INSERT = "INSERT INTO " + OfferingTable.name(RUN) + " (file, row_num, section, duplicate_key,"
            + " duplicate_hash, provider_sort, row_flags, concern_level) VALUES ('f.csv', 2, 'CLINIC', 'k', 1, 'p', '', 0)";

    private final JdbcTemplate jdbc = TestDatabase.create();

    @Test
    void aResumedRunsNewRowsTakeIdsAboveTheRowsItKept() {
        OfferingTable.create(jdbc, RUN);
        jdbc.update(INSERT);
        jdbc.update(INSERT);
        // what the killed process left behind: the identity handing out an id a kept row has
        jdbc.execute("ALTER TABLE " + OfferingTable.name(RUN) + " ALTER COLUMN id RESTART WITH 2");
        assertThatThrownBy(() -> jdbc.update(INSERT)).isInstanceOf(DuplicateKeyException.class);

        OfferingTable.continueIds(jdbc, RUN);
        jdbc.update(INSERT);

        assertThat(jdbc.queryForList("SELECT id FROM " + OfferingTable.name(RUN) + " ORDER BY id", Long.class))
                .containsExactly(1L, 2L, 3L);
    }

    @Test
    void aNewRunsIdsAreLeftAsTheyAre() {
        OfferingTable.create(jdbc, RUN);
        OfferingTable.continueIds(jdbc, RUN);
        jdbc.update(INSERT);

        assertThat(jdbc.queryForObject("SELECT id FROM " + OfferingTable.name(RUN), Long.class)).isEqualTo(1L);
    }
}
