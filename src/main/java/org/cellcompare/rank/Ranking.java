package org.cellcompare.rank;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

import org.cellcompare.config.CellCompareProperties;

/**
 * Turns a run's staged rows into ranked offerings, in the database: duplicates across files are
 * merged into the most recently verified row, and price outliers among commercial clinics are
 * flagged. Rows are staged with their own flags, score and band already, so ranking writes only
 * the rows it changes. Every change is computed from the rows as staged, so ranking again gives
 * the same result.
 */
public class Ranking {

    /** Duplicate keys looked up per query; well under every database's limit on parameters. */
    private static final int KEYS_PER_QUERY = 500;

    private final JdbcTemplate jdbc;
    private final ConcernScorer scorer;
    private final CellCompareProperties.Concern settings;
    private final LongestTexts longestTexts;

    public Ranking(JdbcTemplate jdbc, ConcernScorer scorer, CellCompareProperties.Concern settings) {
        this.jdbc = jdbc;
        this.longestTexts = new LongestTexts(jdbc);
        this.scorer = scorer;
        this.settings = settings;
    }

    /** What ranking did, for the log and the Summary. */
    public record Result(int duplicateGroups, int merged, BigDecimal clinicMedian, int outliers) {
    }

    public Result rank(long runId) {
        String table = OfferingTable.name(runId);
        OfferingTable.indexDuplicates(jdbc, runId);
        int[] merged = mergeDuplicates(runId, table);
        ClinicCosts costs = ClinicCosts.read(jdbc, table);
        BigDecimal median = costs.median();
        int outliers = flagOutliers(runId, costs, median);
        return new Result(merged[0], merged[1], median, outliers);
    }

    /**
     * The same provider, country and program in several rows is one offering. The most recently
     * verified row survives (then the first by file, sheet and row); the others are named as its
     * other sources, and any warning sign they carry is kept.
     */
    private int[] mergeDuplicates(long runId, String table) {
        List<Long> hashes = jdbc.queryForList("SELECT duplicate_hash FROM " + table
                + " GROUP BY duplicate_hash HAVING COUNT(*) > 1 ORDER BY duplicate_hash", Long.class);
        Merges merges = new Merges();
        for (int from = 0; from < hashes.size(); from += KEYS_PER_QUERY) {
            List<Long> batch = hashes.subList(from, Math.min(hashes.size(), from + KEYS_PER_QUERY));
            List<DuplicateRow> rows = jdbc.query("SELECT o.id, o.duplicate_key, o.file, o.sheet, o.row_num, o.section,"
                            + " o.row_flags, r.rank_key, o.concern_level"
                            + " FROM " + table + " o JOIN " + OfferingTable.ranked(runId) + " r ON r.id = o.id"
                            + " WHERE o.duplicate_hash IN (" + String.join(", ", Collections.nCopies(batch.size(), "?"))
                            + ") ORDER BY o.duplicate_key, o.last_verified DESC NULLS LAST, o.file, o.sheet NULLS FIRST, o.row_num",
                    (rs, i) -> new DuplicateRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getInt(5), Section.valueOf(rs.getString(6)), Flags.parse(rs.getString(7)), rs.getBytes(8),
                            rs.getInt(9)),
                    batch.toArray());
            // rows of one hash that differ in key (a collision) are sorted apart, and groups of one merge nothing
            for (int start = 0; start < rows.size(); ) {
                int end = start + 1;
                while (end < rows.size() && rows.get(end).key().equals(rows.get(start).key())) {
                    end++;
                }
                if (end - start > 1) {
                    merges.group(rows.subList(start, end));
                }
                start = end;
            }
            merges.apply(runId);
        }
        jdbc.update("UPDATE cc_file_read SET rows_merged = 0 WHERE run_id = ?", runId);
        jdbc.batchUpdate("UPDATE cc_file_read SET rows_merged = ? WHERE run_id = ? AND file = ?",
                merges.mergedPerFile.entrySet().stream().map(e -> new Object[] {e.getValue(), runId, e.getKey()}).toList());
        merges.longestOthers.forEach((section, length) ->
                longestTexts.record(runId, LongestTexts.RANKING, section, LongestTexts.Column.ALSO_LISTED_IN, length));
        return new int[] {merges.groups, merges.merged};
    }

    private record DuplicateRow(long id, String key, String file, String sheet, int row, Section section, Set<Flag> flags,
                                byte[] rankKey, int concernLevel) {

        String location() {
            return sheet == null ? file + ", row " + row : file + ", sheet " + sheet + ", row " + row;
        }
    }

    /** The updates of a batch of duplicate groups, written together. */
    private final class Merges {

        private final List<Object[]> survivors = new ArrayList<>();
        private final List<Object[]> survivorLevels = new ArrayList<>();
        private final List<Object[]> mergedRows = new ArrayList<>();
        private final Map<Section, Integer> longestOthers = new EnumMap<>(Section.class);
        private final Map<String, Long> mergedPerFile = new HashMap<>();
        private int merged;
        private int groups;

        void group(List<DuplicateRow> rows) {
            groups++;
            DuplicateRow survivor = rows.get(0);
            Set<Flag> flags = survivor.flags().isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(survivor.flags());
            List<String> others = new ArrayList<>();
            for (DuplicateRow other : rows.subList(1, rows.size())) {
                other.flags().stream().filter(Flag::keptFromDuplicates)
                        .filter(flag -> flag != Flag.PAYS_TO_PARTICIPATE || survivor.section() == Section.TRIAL)
                        .forEach(flags::add);
                others.add(other.location());
                mergedRows.add(new Object[] {survivor.id(), other.id()});
                mergedPerFile.merge(other.file(), 1L, Long::sum);
                merged++;
            }
            int score = scorer.score(flags);
            ConcernLevel level = scorer.level(score);
            String alsoListedIn = String.join("; ", others);
            longestOthers.merge(survivor.section(), alsoListedIn.length(), Math::max);
            survivors.add(new Object[] {Flags.join(flags), score, level.ordinal(), RankOrder.withConcern(survivor.rankKey(), level),
                    alsoListedIn, survivor.id()});
            // most groups keep their survivor's level, and at a million rows each update is a page read
            if (level.ordinal() != survivor.concernLevel()) {
                survivorLevels.add(new Object[] {level.ordinal(), survivor.id()});
            }
        }

        void apply(long runId) {
            jdbc.batchUpdate("UPDATE " + OfferingTable.name(runId) + " SET survivor = FALSE, merged_into = ? WHERE id = ?",
                    mergedRows);
            jdbc.batchUpdate("UPDATE " + OfferingTable.ranked(runId) + " SET survivor = FALSE WHERE id = ?",
                    mergedRows.stream().map(row -> new Object[] {row[1]}).toList());
            jdbc.batchUpdate("UPDATE " + OfferingTable.name(runId) + " SET concern_level = ? WHERE id = ?", survivorLevels);
            jdbc.batchUpdate("UPDATE " + OfferingTable.ranked(runId) + " SET flags = ?, score = ?, concern_level = ?,"
                    + " rank_key = ?, also_listed_in = ? WHERE id = ?", survivors);
            mergedRows.clear();
            survivors.clear();
            survivorLevels.clear();
        }
    }

    /** Clinics costing more than the configured multiple of the median; flagged once, however often ranking runs. */
    private int flagOutliers(long runId, ClinicCosts costs, BigDecimal median) {
        if (median == null) {
            return 0;
        }
        long[] ids = costs.above(median.multiply(settings.priceOutlierFactor()));
        List<Object[]> outliers = new ArrayList<>();
        for (int from = 0; from < ids.length; from += KEYS_PER_QUERY) {
            long[] batch = Arrays.copyOfRange(ids, from, Math.min(ids.length, from + KEYS_PER_QUERY));
            outliers.addAll(jdbc.query("SELECT id, flags, rank_key FROM " + OfferingTable.ranked(runId) + " WHERE id IN ("
                            + String.join(", ", Collections.nCopies(batch.length, "?")) + ")",
                    (rs, i) -> {
                        Set<Flag> flags = Flags.parse(rs.getString(2));
                        flags.add(Flag.PRICE_OUTLIER);
                        int score = scorer.score(flags);
                        ConcernLevel level = scorer.level(score);
                        return new Object[] {Flags.join(flags), score, level.ordinal(),
                                RankOrder.withConcern(rs.getBytes(3), level), rs.getLong(1)};
                    }, Arrays.stream(batch).boxed().toArray()));
        }
        jdbc.batchUpdate("UPDATE " + OfferingTable.ranked(runId) + " SET flags = ?, score = ?, concern_level = ?, rank_key = ?"
                + " WHERE id = ?", outliers);
        jdbc.batchUpdate("UPDATE " + OfferingTable.name(runId) + " SET concern_level = ? WHERE id = ?",
                outliers.stream().map(row -> new Object[] {row[2], row[4]}).toList());
        return outliers.size();
    }
}
