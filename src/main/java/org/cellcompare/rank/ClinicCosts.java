package org.cellcompare.rank;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * The course costs of a run's surviving commercial clinics, read in one pass: their median, and
 * which of them cost more than a multiple of it, both come from these, where two queries would
 * each scan every staged row.
 */
final class ClinicCosts {

    private long[] ids = new long[1024];
    private BigDecimal[] amounts = new BigDecimal[1024];
    private int size;

    private ClinicCosts() {
    }

    static ClinicCosts read(JdbcTemplate jdbc, String table) {
        ClinicCosts costs = new ClinicCosts();
        // Not streamed lazily like the ranked sheets: in the ranking's transaction, after its
        // updates, H2's lazy cursor failed at a million rows ("Chunk 97 not found").
        jdbc.query("SELECT id, rep_amount FROM " + table + " WHERE survivor AND section = 'CLINIC' AND rep_amount IS NOT NULL",
                (RowCallbackHandler) rs -> costs.add(rs.getLong(1), rs.getBigDecimal(2)));
        return costs;
    }

    private void add(long id, BigDecimal amount) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            amounts = Arrays.copyOf(amounts, size * 2);
        }
        ids[size] = id;
        amounts[size++] = amount;
    }

    /** The median to the cent, halves rounded up, as SQL's PERCENTILE_CONT(0.5) gives it; null when no clinic has a cost. */
    BigDecimal median() {
        if (size == 0) {
            return null;
        }
        BigDecimal[] sorted = Arrays.copyOf(amounts, size);
        Arrays.sort(sorted);
        BigDecimal middle = size % 2 == 1 ? sorted[size / 2]
                : sorted[size / 2 - 1].add(sorted[size / 2]).divide(BigDecimal.valueOf(2));
        return middle.setScale(2, RoundingMode.HALF_UP);
    }

    /** The ids of the clinics whose cost is above {@code threshold}. */
    long[] above(BigDecimal threshold) {
        long[] found = new long[size];
        int count = 0;
        for (int i = 0; i < size; i++) {
            if (amounts[i].compareTo(threshold) > 0) {
                found[count++] = ids[i];
            }
        }
        return Arrays.copyOf(found, count);
    }
}
