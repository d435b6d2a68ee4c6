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

/** The median and outliers computed in memory agree with what the database itself computes. */
class ClinicCostsTests {

    private final JdbcTemplate jdbc = TestDatabase.create();

    ClinicCostsTests() {
        jdbc.execute("CREATE TABLE costs (rep_amount DECIMAL(30, 2))");
    }

    @Test
    void theMedianIsWhatPercentileContGivesForOddAndEvenCountsAndHalfCents() {
        Random random = new Random(7);
        for (int count : new int[] {1, 2, 3, 4, 9, 10, 101, 1000}) {
            jdbc.update("DELETE FROM costs");
            ClinicCosts costs = new ClinicCosts();
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                BigDecimal amount = BigDecimal.valueOf(random.nextInt(5_000_000), 2);
                costs.add(i, amount);
                rows.add(new Object[] {amount});
            }
            // what the median must leave out: a merged duplicate, and a clinic without a cost
            costs.add(-1, new BigDecimal("1.00"));
            costs.add(-3, null);
            jdbc.batchUpdate("INSERT INTO costs VALUES (?)", rows);

            BigDecimal expected = jdbc.queryForObject("SELECT PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY rep_amount) FROM costs",
                    BigDecimal.class).setScale(2, RoundingMode.HALF_UP);
            assertThat(costs.without(new long[] {-1}).median()).as(count + " clinics").isEqualTo(expected);
        }
    }

    @Test
    void costsTooLargeForCentsInALongStillCountExactly() {
        ClinicCosts costs = new ClinicCosts();
        List<Object[]> rows = new ArrayList<>();
        String[] amounts = {"12.50", "99999999999999999999.99", "100000000000000000000.00", "7.25", "123456789012345678.90"};
        for (int i = 0; i < amounts.length; i++) {
            costs.add(i, new BigDecimal(amounts[i]));
            rows.add(new Object[] {new BigDecimal(amounts[i])});
        }
        jdbc.batchUpdate("INSERT INTO costs VALUES (?)", rows);
        BigDecimal expected = jdbc.queryForObject("SELECT PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY rep_amount) FROM costs",
                BigDecimal.class).setScale(2, RoundingMode.HALF_UP);

        assertThat(costs.median()).isEqualTo(expected).isEqualTo(new BigDecimal("123456789012345678.90"));
        assertThat(costs.without(new long[] {1, 2}).median()).isEqualTo(new BigDecimal("12.50"));
        assertThat(costs.above(new BigDecimal("99999999999999999999.985"))).containsExactlyInAnyOrder(1L, 2L);
        assertThat(costs.above(new BigDecimal("12.495"))).containsExactlyInAnyOrder(0L, 1L, 2L, 4L);
        assertThat(costs.above(new BigDecimal("-1E+30"))).hasSize(5);
    }

    @Test
    void outliersAreTheClinicsAboveTheThresholdNotAtItAndNotMerged() {
        ClinicCosts costs = new ClinicCosts();
        costs.add(1, new BigDecimal("10000.00"));
        costs.add(2, new BigDecimal("25000.00"));
        costs.add(3, new BigDecimal("25000.01"));
        costs.add(4, new BigDecimal("90000.00"));

        assertThat(costs.without(new long[] {4}).above(new BigDecimal("25000.000"))).containsExactly(3L);
    }

    @Test
    void noClinicWithACostHasNoMedian() {
        ClinicCosts costs = new ClinicCosts();
        costs.add(1, null);

        assertThat(costs.median()).isNull();
    }
}
