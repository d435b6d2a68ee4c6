package org.cellcompare.report;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import org.cellcompare.rank.OfferingTable;
import org.cellcompare.rank.StreamedRows;

/**
 * Pairs a month's offerings with the earlier month's in one pass over each, and keeps the pairs
 * worth a look: offerings that are new, gone, or differ in band, section, trial status, currency
 * or cost. The database then reads only those to word the changes.
 *
 * <p>H2 joins only by nested loops: with no index each offering read the whole earlier month (at
 * 100,000 rows the Changes sheet never finished), and with one each offering cost an index lookup,
 * and building the index cost more than the lookups saved. Here the earlier month's offerings are
 * held in memory, about 50 bytes each (50 MB at a million), and the month is streamed past them.
 *
 * <p>An offering is found by its key's 64-bit hash together with the key's 32-bit
 * {@link String#hashCode}: two different keys would have to agree in 96 bits to be taken for one
 * (about one chance in 10<sup>16</sup> for two months of a million offerings), so the keys
 * themselves, 60 MB at a million, are not kept.
 */
final class MonthMatch {

    /** Each pair worth a look, with the bands ranking left; an id of 0 means the offering is not in that month. */
    interface Pairs {
        void pair(long id, long earlierId, int level, int earlierLevel);
    }

    /** Rows merged into another are not offerings of their own: the ranking table names them (see {@link Decisions}). */
    private static final String SELECT = "SELECT id, duplicate_hash, duplicate_key, concern_level, section, trial_status,"
            + " course_currency, course_amount FROM %s";
    private static final int STRIDE = 4;

    /** Costs are DECIMAL(30, 4); one that does not fit a long at that scale is always looked at. */
    private static final long NO_COST = Long.MIN_VALUE;
    private static final long HUGE_COST = Long.MAX_VALUE;

    private final Map<String, String> shared = new HashMap<>();
    private int size;
    private long[] hashes = new long[1024];
    private int[] keyHashes = new int[1024];
    private long[] ids = new long[1024];
    private byte[] levels = new byte[1024];
    private String[] sections = new String[1024];
    private String[] statuses = new String[1024];
    private String[] currencies = new String[1024];
    private long[] costs = new long[1024];
    private boolean[] matched;
    /** Open addressing on the hash: a row's index plus one, 0 for an empty slot. */
    private int[] slots;
    /** Per pair found: id, earlier id, band, earlier band. */
    private long[] found = new long[256];
    private int foundSize;

    private MonthMatch() {
    }

    /** Reads both months; the pairs come from {@link #forEachPair}, once nothing is being read. */
    static MonthMatch read(JdbcTemplate jdbc, long runId, long earlierRunId) {
        MonthMatch match = new MonthMatch();
        Decisions earlier = Decisions.of(jdbc, earlierRunId);
        StreamedRows.forEach(jdbc, SELECT.formatted(OfferingTable.name(earlierRunId)), rs -> match.addEarlier(rs, earlier));
        match.index();
        Decisions now = Decisions.of(jdbc, runId);
        StreamedRows.forEach(jdbc, SELECT.formatted(OfferingTable.name(runId)), rs -> match.compare(rs, now));
        return match;
    }

    /**
     * Calls {@code pairs} with (id, earlier id) for every changed offering, (id, 0) for every new
     * one and (0, earlier id) for every one gone. The caller may write to the database meanwhile,
     * which H2's lazy cursor would not allow while a month was being read.
     */
    void forEachPair(Pairs pairs) {
        for (int i = 0; i < foundSize; i += STRIDE) {
            pairs.pair(found[i], found[i + 1], (int) found[i + 2], (int) found[i + 3]);
        }
        for (int row = 0; row < size; row++) {
            if (!matched[row]) {
                pairs.pair(0, ids[row], Decisions.MERGED, levels[row]);
            }
        }
    }

    private void addEarlier(ResultSet rs, Decisions decisions) throws SQLException {
        long id = rs.getLong(1);
        int level = decisions.level(id, rs.getInt(4));
        if (level == Decisions.MERGED) {
            return;
        }
        if (size == ids.length) {
            grow(size * 2);
        }
        ids[size] = id;
        hashes[size] = rs.getLong(2);
        keyHashes[size] = rs.getString(3).hashCode();
        levels[size] = (byte) level;
        sections[size] = shared(rs.getString(5));
        statuses[size] = shared(rs.getString(6));
        currencies[size] = shared(rs.getString(7));
        costs[size] = cost(rs.getBigDecimal(8));
        size++;
    }

    private void grow(int capacity) {
        hashes = Arrays.copyOf(hashes, capacity);
        keyHashes = Arrays.copyOf(keyHashes, capacity);
        ids = Arrays.copyOf(ids, capacity);
        levels = Arrays.copyOf(levels, capacity);
        sections = Arrays.copyOf(sections, capacity);
        statuses = Arrays.copyOf(statuses, capacity);
        currencies = Arrays.copyOf(currencies, capacity);
        costs = Arrays.copyOf(costs, capacity);
    }

    /** Statuses, sections and currencies are a handful of values, each kept once. */
    private String shared(String value) {
        return value == null ? null : shared.computeIfAbsent(value, v -> v);
    }

    private static long cost(BigDecimal amount) {
        if (amount == null) {
            return NO_COST;
        }
        try {
            long units = amount.setScale(4).unscaledValue().longValueExact();
            return units == NO_COST || units == HUGE_COST ? HUGE_COST : units;
        } catch (ArithmeticException e) {
            return HUGE_COST;
        }
    }

    private void index() {
        matched = new boolean[size];
        slots = new int[Integer.highestOneBit(Math.max(size, 1) * 2) * 2];
        for (int row = 0; row < size; row++) {
            int slot = firstSlot(hashes[row]);
            while (slots[slot] != 0) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = row + 1;
        }
    }

    private int firstSlot(long hash) {
        return (int) (hash ^ (hash >>> 32)) & (slots.length - 1);
    }

    /** The earlier month's row with this key, or -1. */
    private int find(long hash, int keyHash) {
        for (int slot = firstSlot(hash); slots[slot] != 0; slot = (slot + 1) & (slots.length - 1)) {
            int row = slots[slot] - 1;
            if (hashes[row] == hash && keyHashes[row] == keyHash && !matched[row]) {
                return row;
            }
        }
        return -1;
    }

    private void compare(ResultSet rs, Decisions decisions) throws SQLException {
        long id = rs.getLong(1);
        int level = decisions.level(id, rs.getInt(4));
        if (level == Decisions.MERGED) {
            return;
        }
        int row = find(rs.getLong(2), rs.getString(3).hashCode());
        long earlierId = 0;
        int earlierLevel = Decisions.MERGED;
        if (row >= 0) {
            matched[row] = true;
            if (same(row, level, rs)) {
                return;
            }
            earlierId = ids[row];
            earlierLevel = levels[row];
        }
        if (foundSize + STRIDE > found.length) {
            found = Arrays.copyOf(found, found.length * 2);
        }
        found[foundSize++] = id;
        found[foundSize++] = earlierId;
        found[foundSize++] = level;
        found[foundSize++] = earlierLevel;
    }

    /** Whether nothing the Changes sheet reports can differ; the database decides what does. */
    private boolean same(int row, int level, ResultSet rs) throws SQLException {
        long cost = cost(rs.getBigDecimal(8));
        return levels[row] == level && sections[row].equals(rs.getString(5))
                && equal(statuses[row], rs.getString(6)) && equal(currencies[row], rs.getString(7))
                && costs[row] == cost && cost != HUGE_COST;
    }

    private static boolean equal(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    /**
     * What ranking decided of a run's rows, from its ranking table: merged into another, or given
     * a band other than the staged one.
     * About 100,000 rows at a million, held as two arrays sorted by id.
     */
    private static final class Decisions {

        static final int MERGED = -1;

        private long[] ids = new long[256];
        private byte[] levels = new byte[256];
        private int size;

        static Decisions of(JdbcTemplate jdbc, long runId) {
            Decisions decisions = new Decisions();
            jdbc.query("SELECT id, survivor, concern_level FROM " + OfferingTable.ranking(runId) + " ORDER BY id",
                    (RowCallbackHandler) rs -> decisions.add(rs.getLong(1), rs.getBoolean(2) ? rs.getInt(3) : MERGED));
            return decisions;
        }

        private void add(long id, int level) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                levels = Arrays.copyOf(levels, size * 2);
            }
            ids[size] = id;
            levels[size++] = (byte) level;
        }

        /** The band ranking left the row in, or {@link #MERGED}. */
        int level(long id, int stagedLevel) {
            int i = Arrays.binarySearch(ids, 0, size, id);
            return i < 0 ? stagedLevel : levels[i];
        }
    }
}
