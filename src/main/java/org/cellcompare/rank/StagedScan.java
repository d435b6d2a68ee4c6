package org.cellcompare.rank;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One pass over a run's narrow table for all that ranking needs from every row: each clinic's
 * course cost, and what merging duplicates needs of each row. Which rows are duplicates is only
 * known once every row has been read, so every row's part is kept, in arrays of numbers: about
 * 45 bytes a row. Reading the duplicates back by id instead, once their hashes were known, was
 * slower, because each lookup decoded a page of rows that other lookups decoded again.
 */
final class StagedScan {

    private static final String COLUMNS = "id, duplicate_hash, duplicate_key, section, rep_amount, last_verified, file, sheet,"
            + " row_num, row_flags";
    private static final int NEVER_VERIFIED = Integer.MIN_VALUE;
    private static final Flag[] FLAGS = Flag.values();

    static {
        if (FLAGS.length > Long.SIZE) {
            throw new IllegalStateException("A row's flags are kept as the bits of a long; there are " + FLAGS.length);
        }
    }

    private final ClinicCosts clinicCosts = new ClinicCosts();
    /** Each (file, sheet) a row was read from, numbered, so a row keeps a number rather than two strings. */
    private final Map<Place, Integer> placeNumbers = new HashMap<>();
    private final List<Place> places = new ArrayList<>();
    private long[] ids;
    private long[] hashes;
    private long[] keyChecks;
    private int[] verified;
    private int[] placeOf;
    private int[] rowNumbers;
    private long[] flags;
    private boolean[] trials;
    private int size;

    private StagedScan(int expectedRows) {
        int capacity = Math.max(16, expectedRows);
        ids = new long[capacity];
        hashes = new long[capacity];
        keyChecks = new long[capacity];
        verified = new int[capacity];
        placeOf = new int[capacity];
        rowNumbers = new int[capacity];
        flags = new long[capacity];
        trials = new boolean[capacity];
    }

    private record Place(String file, String sheet) {
    }

    static StagedScan read(JdbcTemplate jdbc, String table) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
        // rows staged between the count and the scan (there are none while ranking runs) only cost a copy
        StagedScan scan = new StagedScan(count == null ? 0 : (int) Math.min(count, Integer.MAX_VALUE - 8));
        StreamedRows.forEach(jdbc, "SELECT " + COLUMNS + " FROM " + table, rs -> {
            long id = rs.getLong(1);
            Section section = Section.valueOf(rs.getString(4));
            if (section == Section.CLINIC) {
                scan.clinicCosts.add(id, rs.getBigDecimal(5));
            }
            LocalDate lastVerified = rs.getObject(6, LocalDate.class);
            scan.add(id, rs.getLong(2), DuplicateKeys.check(rs.getString(3)), section == Section.TRIAL,
                    lastVerified == null ? NEVER_VERIFIED : (int) lastVerified.toEpochDay(),
                    scan.place(rs.getString(7), rs.getString(8)), rs.getInt(9), bits(Flags.parse(rs.getString(10))));
        });
        return scan;
    }

    private int place(String file, String sheet) {
        return placeNumbers.computeIfAbsent(new Place(file, sheet), p -> {
            places.add(p);
            return places.size() - 1;
        });
    }

    private void add(long id, long hash, long keyCheck, boolean trial, int lastVerified, int place, int row, long rowFlags) {
        if (size == ids.length) {
            grow();
        }
        ids[size] = id;
        hashes[size] = hash;
        keyChecks[size] = keyCheck;
        trials[size] = trial;
        verified[size] = lastVerified;
        placeOf[size] = place;
        rowNumbers[size] = row;
        flags[size++] = rowFlags;
    }

    private void grow() {
        int capacity = size + (size >> 1) + 16;
        ids = Arrays.copyOf(ids, capacity);
        hashes = Arrays.copyOf(hashes, capacity);
        keyChecks = Arrays.copyOf(keyChecks, capacity);
        trials = Arrays.copyOf(trials, capacity);
        verified = Arrays.copyOf(verified, capacity);
        placeOf = Arrays.copyOf(placeOf, capacity);
        rowNumbers = Arrays.copyOf(rowNumbers, capacity);
        flags = Arrays.copyOf(flags, capacity);
    }

    private static long bits(Set<Flag> rowFlags) {
        long bits = 0;
        for (Flag flag : rowFlags) {
            bits |= 1L << flag.ordinal();
        }
        return bits;
    }

    private static Set<Flag> flagSet(long bits) {
        Set<Flag> set = EnumSet.noneOf(Flag.class);
        for (Flag flag : FLAGS) {
            if ((bits & (1L << flag.ordinal())) != 0) {
                set.add(flag);
            }
        }
        return set;
    }

    /** The rows staged from each file, counted from the rows themselves, for the reconciliation. */
    Map<String, Long> rowsPerFile() {
        long[] perPlace = new long[places.size()];
        for (int i = 0; i < size; i++) {
            perPlace[placeOf[i]]++;
        }
        Map<String, Long> perFile = new HashMap<>();
        for (int p = 0; p < perPlace.length; p++) {
            perFile.merge(places.get(p).file(), perPlace[p], Long::sum);
        }
        return perFile;
    }

    /** Every clinic with a course cost, merged or not. */
    ClinicCosts clinicCosts() {
        return clinicCosts;
    }

    /** A row that shares its duplicate key with another, with what merging needs of it. */
    record DuplicateRow(long id, long hash, long keyCheck, LocalDate lastVerified, String file, String sheet, int row,
                        Section section, Set<Flag> flags) {

        String location() {
            return sheet == null ? file + ", row " + row : file + ", sheet " + sheet + ", row " + row;
        }
    }

    /**
     * The same provider, country and program in several rows, each group survivor first: the most
     * recently verified row, then the first by file, sheet (none first) and row. Names are compared
     * as Java compares strings, so the survivor is the same whichever database the run uses.
     */
    private static final Comparator<DuplicateRow> SURVIVOR_FIRST = Comparator
            .comparing(DuplicateRow::lastVerified, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(DuplicateRow::file)
            .thenComparing(DuplicateRow::sheet, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparingInt(DuplicateRow::row);

    private static final Comparator<DuplicateRow> BY_KEY_THEN_SURVIVOR_FIRST = Comparator
            .comparingLong(DuplicateRow::hash)
            .thenComparingLong(DuplicateRow::keyCheck)
            .thenComparing(SURVIVOR_FIRST);

    /**
     * The groups of rows with the same duplicate key, each survivor first. Rows are taken to share
     * a key when both its hash and its check agree ({@link DuplicateKeys#check}).
     */
    List<List<DuplicateRow>> duplicateGroups() {
        long[] shared = sharedValues(Arrays.copyOf(hashes, size));
        List<DuplicateRow> rows = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (Arrays.binarySearch(shared, hashes[i]) >= 0) {
                Place place = places.get(placeOf[i]);
                rows.add(new DuplicateRow(ids[i], hashes[i], keyChecks[i],
                        verified[i] == NEVER_VERIFIED ? null : LocalDate.ofEpochDay(verified[i]), place.file(), place.sheet(),
                        rowNumbers[i], trials[i] ? Section.TRIAL : Section.CLINIC, flagSet(flags[i])));
            }
        }
        rows.sort(BY_KEY_THEN_SURVIVOR_FIRST);
        List<List<DuplicateRow>> groups = new ArrayList<>();
        for (int start = 0; start < rows.size(); ) {
            int end = start + 1;
            while (end < rows.size() && rows.get(end).hash() == rows.get(start).hash()
                    && rows.get(end).keyCheck() == rows.get(start).keyCheck()) {
                end++;
            }
            // rows that only share the hash are told apart by the check, and a group of one merges nothing
            if (end - start > 1) {
                groups.add(rows.subList(start, end));
            }
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
