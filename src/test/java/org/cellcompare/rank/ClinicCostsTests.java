package org.cellcompare.rank;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import org.cellcompare.support.TestDatabase;

/** The median and outliers read in one pass agree with what the database itself computes. */
class ClinicCostsTests {

    private final JdbcTemplate jdbc = TestDatabase.create();

    ClinicCostsTests() {
        jdbc.execute("CREATE TABLE costs (id BIGINT PRIMARY KEY, survivor BOOLEAN, section VARCHAR(10), rep_amount DECIMAL(30, 2))");
    }

    @Test
    void theMedianIsWhatPercentileContGivesForOddAndEvenCountsAndHalfCents() {
        Random random = new Random(7);
        for (int count : new int[] {1, 2, 3, 4, 9, 10, 101, 1000}) {
            jdbc.update("DELETE FROM costs");
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                BigDecimal amount = BigDecimal.valueOf(random.nextInt(5_000_000), 2);
                rows.add(new Object[] {i, true, "CLINIC", amount});
            }
            // rows ranking must leave out: merged duplicates, trials, and clinics without a cost
            rows.add(new Object[] {-1, false, "CLINIC", new BigDecimal("1.00")});
            rows.add(new Object[] {-2, true, "TRIAL", new BigDecimal("2.00")});
            rows.add(new Object[] {-3, true, "CLINIC", null});
            jdbc.batchUpdate("INSERT INTO costs VALUES (?, ?, ?, ?)", rows);

            BigDecimal expected = jdbc.queryForObject("SELECT PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY rep_amount)"
                    + " FROM costs WHERE survivor AND section = 'CLINIC' AND rep_amount IS NOT NULL", BigDecimal.class)
                    .setScale(2, RoundingMode.HALF_UP);
            assertThat(ClinicCosts.read(jdbc, "costs").median()).as(count + " clinics").isEqualTo(expected);
        }
    }

    @Test
    void outliersAreTheClinicsAboveTheThresholdNotAtIt() {
        jdbc.batchUpdate("INSERT INTO costs VALUES (?, ?, ?, ?)", List.of(
                new Object[] {1, true, "CLINIC", new BigDecimal("10000.00")},
                new Object[] {2, true, "CLINIC", new BigDecimal("25000.00")},
                new Object[] {3, true, "CLINIC", new BigDecimal("25000.01")},
                new Object[] {4, false, "CLINIC", new BigDecimal("90000.00")}));

        assertThat(ClinicCosts.read(jdbc, "costs").above(new BigDecimal("25000.000"))).containsExactly(3L);
    }

    @Test
    void noClinicWithACostHasNoMedian() {
        assertThat(ClinicCosts.read(jdbc, "costs").median()).isNull();
    }
}
