package org.cellcompare.rank;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * The course costs of a run's commercial clinics, gathered in ranking's one pass over the staged
 * rows: their median, and which of them cost more than a multiple of it, both come from these.
 */
final class ClinicCosts {

    private long[] ids = new long[1024];
    private BigDecimal[] amounts = new BigDecimal[1024];
    private int size;

    /** Keeps a clinic's cost; one without a cost takes no part. */
    void add(long id, BigDecimal amount) {
        if (amount == null) {
            return;
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            amounts = Arrays.copyOf(amounts, size * 2);
        }
        ids[size] = id;
        amounts[size++] = amount;
    }

    /** The costs of the clinics not among {@code merged}, the rows merged into another. */
    ClinicCosts without(long[] merged) {
        long[] sorted = merged.clone();
        Arrays.sort(sorted);
        ClinicCosts survivors = new ClinicCosts();
        for (int i = 0; i < size; i++) {
            if (Arrays.binarySearch(sorted, ids[i]) < 0) {
                survivors.add(ids[i], amounts[i]);
            }
        }
        return survivors;
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
