package org.cellcompare.rank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One pass over a run's narrow table for all that ranking needs from every row: which rows share
 * a duplicate hash, and each clinic's course cost. At a million rows, indexing the hashes and then
 * reading the costs in a second pass took 18 s; this pass and sorting the hashes take 8 s. Kept in
 * memory: two numbers per row (16 MB at a million), and the costs, which the median needs anyway.
 */
final class StagedScan {

    private long[] hashes = new long[1024];
    private long[] ids = new long[1024];
    private int size;
    private final ClinicCosts clinicCosts = new ClinicCosts();

    private StagedScan() {
    }

    static StagedScan read(JdbcTemplate jdbc, String table) {
        StagedScan scan = new StagedScan();
        StreamedRows.forEach(jdbc, "SELECT id, duplicate_hash, section, rep_amount FROM " + table, rs -> {
            long id = rs.getLong(1);
            scan.add(rs.getLong(2), id);
            if (Section.CLINIC.name().equals(rs.getString(3))) {
                scan.clinicCosts.add(id, rs.getBigDecimal(4));
            }
        });
        return scan;
    }

    private void add(long hash, long id) {
        if (size == ids.length) {
            hashes = Arrays.copyOf(hashes, size * 2);
            ids = Arrays.copyOf(ids, size * 2);
        }
        hashes[size] = hash;
        ids[size++] = id;
    }

    /** Every clinic with a course cost, merged or not. */
    ClinicCosts clinicCosts() {
        return clinicCosts;
    }

    /**
     * The ids of the rows that share their duplicate hash with another row, one array per hash;
     * keys that only share the hash are told apart later.
     */
    List<long[]> sharedHashes() {
        long[] shared = sharedValues(Arrays.copyOf(hashes, size));
        List<long[]> pairs = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (Arrays.binarySearch(shared, hashes[i]) >= 0) {
                pairs.add(new long[] {hashes[i], ids[i]});
            }
        }
        pairs.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        List<long[]> groups = new ArrayList<>();
        for (int start = 0; start < pairs.size(); ) {
            int end = start + 1;
            while (end < pairs.size() && pairs.get(end)[0] == pairs.get(start)[0]) {
                end++;
            }
            long[] groupIds = new long[end - start];
            for (int i = start; i < end; i++) {
                groupIds[i - start] = pairs.get(i)[1];
            }
            groups.add(groupIds);
            start = end;
        }
        return groups;
    }

    /** The values found more than once, sorted. */
    private static long[] sharedValues(long[] values) {
        Arrays.sort(values);
        long[] shared = new long[values.length];
        int count = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] == values[i - 1] && (count == 0 || shared[count - 1] != values[i])) {
                shared[count++] = values[i];
            }
        }
        return Arrays.copyOf(shared, count);
    }
}
