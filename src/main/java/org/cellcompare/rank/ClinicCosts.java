package org.cellcompare.rank;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * The course costs of a run's commercial clinics, gathered in ranking's one pass over the staged
 * rows: their median, and which of them cost more than a multiple of it, both come from these.
 *
 * <p>Costs are kept as whole cents in a {@code long[]}, as the staged column holds them: at a
 * million rows, half a million {@code BigDecimal}s were 20 MB more of a 512 MB heap, and sorting
 * them made the JIT compile Java's object sort again and again while ranking.
 * A cost with more than two decimals or beyond a long's cents is kept exactly beside them, and
 * then the median is taken the slow way, over all of them as {@code BigDecimal}s.
 */
final class ClinicCosts {

    /** Digits before the point that still fit a long once in cents, with room to spare. */
    private static final int MAX_WHOLE_DIGITS = 16;

    private long[] ids = new long[1024];
    private long[] cents = new long[1024];
    private int size;
    private long[] exactIds = new long[4];
    private BigDecimal[] exact = new BigDecimal[4];
    private int exactSize;

    /** Keeps a clinic's cost; one without a cost takes no part. */
    void add(long id, BigDecimal amount) {
        if (amount == null) {
            return;
        }
        if (amount.scale() > 2 || amount.precision() - amount.scale() > MAX_WHOLE_DIGITS) {
            if (exactSize == exactIds.length) {
                exactIds = Arrays.copyOf(exactIds, exactSize * 2);
                exact = Arrays.copyOf(exact, exactSize * 2);
            }
            exactIds[exactSize] = id;
            exact[exactSize++] = amount;
            return;
        }
        addCents(id, amount.movePointRight(2).longValueExact());
    }

    private void addCents(long id, long amount) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            cents = Arrays.copyOf(cents, size * 2);
        }
        ids[size] = id;
        cents[size++] = amount;
    }

    /** The costs of the clinics not among {@code merged}, the rows merged into another. */
    ClinicCosts without(long[] merged) {
        long[] sorted = merged.clone();
        Arrays.sort(sorted);
        ClinicCosts survivors = new ClinicCosts();
        for (int i = 0; i < size; i++) {
            if (Arrays.binarySearch(sorted, ids[i]) < 0) {
                survivors.addCents(ids[i], cents[i]);
            }
        }
        for (int i = 0; i < exactSize; i++) {
            if (Arrays.binarySearch(sorted, exactIds[i]) < 0) {
                survivors.add(exactIds[i], exact[i]);
            }
        }
        return survivors;
    }

    /** The median to the cent, halves rounded up, as SQL's PERCENTILE_CONT(0.5) gives it; null when no clinic has a cost. */
    BigDecimal median() {
        int count = size + exactSize;
        if (count == 0) {
            return null;
        }
        BigDecimal lower;
        BigDecimal upper;
        if (exactSize == 0) {
            long[] sorted = Arrays.copyOf(cents, size);
            Arrays.sort(sorted);
            lower = BigDecimal.valueOf(sorted[(count - 1) / 2], 2);
            upper = BigDecimal.valueOf(sorted[count / 2], 2);
        } else {
            BigDecimal[] sorted = Arrays.copyOf(exact, count);
            for (int i = 0; i < size; i++) {
                sorted[exactSize + i] = BigDecimal.valueOf(cents[i], 2);
            }
            Arrays.sort(sorted);
            lower = sorted[(count - 1) / 2];
            upper = sorted[count / 2];
        }
        BigDecimal middle = count % 2 == 1 ? lower : lower.add(upper).divide(BigDecimal.valueOf(2));
        return middle.setScale(2, RoundingMode.HALF_UP);
    }

    /** The ids of the clinics whose cost is above {@code threshold}. */
    long[] above(BigDecimal threshold) {
        long[] found = new long[size + exactSize];
        int count = 0;
        // a whole number of cents is above the threshold exactly when it is above the threshold's floor
        BigDecimal floor = threshold.movePointRight(2).setScale(0, RoundingMode.FLOOR);
        if (floor.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
            long limit = floor.max(BigDecimal.valueOf(Long.MIN_VALUE)).longValueExact();
            for (int i = 0; i < size; i++) {
                if (cents[i] > limit) {
                    found[count++] = ids[i];
                }
            }
        }
        for (int i = 0; i < exactSize; i++) {
            if (exact[i].compareTo(threshold) > 0) {
                found[count++] = exactIds[i];
            }
        }
        return Arrays.copyOf(found, count);
    }
}
