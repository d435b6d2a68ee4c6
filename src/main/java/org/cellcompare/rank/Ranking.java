package org.cellcompare.rank;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import org.cellcompare.rank.StagedScan.DuplicateRow;

/**
 * Turns a run's staged rows into ranked offerings, in the database: duplicates across files are
 * merged into the most recently verified row, and price outliers among commercial clinics are
 * flagged. Rows are staged with their own flags, score and band already, so ranking writes only
 * what it changes, and writes it into the run's ranking table, never over the staged rows (see
 * {@link OfferingTable}). Every change is computed from the rows as staged, so ranking again gives
 * the same result.
 */
@Component
public class Ranking {

    /** Rows of ranking's decisions (merged rows and their survivors) written per batch of inserts. */
    private static final int ROWS_PER_BATCH = 500;

    private static final int[] SURVIVOR_TYPES = {Types.BIGINT, Types.VARCHAR, Types.INTEGER, Types.INTEGER, Types.INTEGER,
            Types.VARCHAR};

    private final JdbcTemplate jdbc;
    private final ConcernScorer scorer;
    private final ConcernSettings settings;
    private final LongestTexts longestTexts;

    public Ranking(JdbcTemplate jdbc, ConcernScorer scorer, ConcernSettings settings) {
        this.jdbc = jdbc;
        this.longestTexts = new LongestTexts(jdbc);
        this.scorer = scorer;
        this.settings = settings;
    }

    /** What ranking did, for the log and the Summary. */
    public record Result(int duplicateGroups, int merged, BigDecimal clinicMedian, int outliers) {
    }

    public Result rank(long runId) {
        // read before ranking changes anything in its transaction: H2's lazy cursor fails after that
        StagedScan scan = StagedScan.read(jdbc, OfferingTable.name(runId));
        jdbc.update("DELETE FROM " + OfferingTable.ranking(runId));
        recordStaged(runId, scan.rowsPerFile());
        Merges merges = mergeDuplicates(runId, scan.duplicateGroups());
        ClinicCosts costs = scan.clinicCosts().without(merges.mergedIds());
        BigDecimal median = costs.median();
        int outliers = flagOutliers(runId, costs, median);
        return new Result(merges.groups, merges.merged, median, outliers);
    }

    /**
     * What each file staged, as the staged rows show it: the reconciliation holds this against the
     * rows Spring Batch counted as read. Every file that stages rows was numbered first, so has its
     * line.
     */
    private void recordStaged(long runId, Map<String, Long> rowsPerFile) {
        jdbc.update("UPDATE cc_offering_file SET rows_staged = 0 WHERE run_id = ?", runId);
        jdbc.batchUpdate("UPDATE cc_offering_file SET rows_staged = ? WHERE run_id = ? AND file = ?",
                rowsPerFile.entrySet().stream().map(e -> new Object[] {e.getValue(), runId, e.getKey()}).toList());
    }

    /**
     * The same provider, country and program in several rows is one offering. The most recently
     * verified row survives (then the first by file, sheet and row); the others are named as its
     * other sources, and any warning sign they carry is kept.
     */
    private Merges mergeDuplicates(long runId, List<List<DuplicateRow>> groups) {
        Merges merges = new Merges();
        for (List<DuplicateRow> group : groups) {
            merges.group(group);
            if (merges.pending() >= ROWS_PER_BATCH) {
                merges.apply(runId);
            }
        }
        merges.apply(runId);
        jdbc.update("UPDATE cc_offering_file SET rows_merged = 0 WHERE run_id = ?", runId);
        jdbc.batchUpdate("UPDATE cc_offering_file SET rows_merged = ? WHERE run_id = ? AND file = ?",
                merges.mergedPerFile.entrySet().stream().map(e -> new Object[] {e.getValue(), runId, e.getKey()}).toList());
        merges.longestOthers.forEach((section, length) ->
                longestTexts.record(runId, LongestTexts.RANKING, section, LongestTexts.Column.ALSO_LISTED_IN, length));
        return merges;
    }

    /**
     * Runs a query whose one parameter is an array of row ids, {@code id = ANY (?)}: H2 and
     * PostgreSQL look each up in the primary key, and a thousand rows need no more parameters
     * than two.
     */
    private void forIds(String sql, Collection<Long> ids, RowCallbackHandler each) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.query(connection -> {
            PreparedStatement query = connection.prepareStatement(sql);
            query.setArray(1, connection.createArrayOf("BIGINT", ids.toArray()));
            return query;
        }, each);
    }

    /**
     * A row's new band, when ranking's added flags moved it out of the band its own flags gave it
     * at staging, which its rank key was made with; null when that key still holds.
     */
    private Integer rankLevel(Set<Flag> stagedFlags, ConcernLevel level) {
        return level == scorer.level(scorer.score(stagedFlags)) ? null : level.ordinal();
    }

    /** The updates of a batch of duplicate groups, written together. */
    private final class Merges {

        private final List<Object[]> survivors = new ArrayList<>();
        private final List<Object[]> mergedRows = new ArrayList<>();
        private final Map<Section, Integer> longestOthers = new EnumMap<>(Section.class);
        private final Map<String, Long> mergedPerFile = new HashMap<>();
        private long[] mergedIds = new long[256];
        private int merged;
        private int groups;

        long[] mergedIds() {
            return Arrays.copyOf(mergedIds, merged);
        }

        int pending() {
            return mergedRows.size() + survivors.size();
        }

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
                mergedRows.add(new Object[] {other.id()});
                mergedPerFile.merge(other.file(), 1L, Long::sum);
                if (merged == mergedIds.length) {
                    mergedIds = Arrays.copyOf(mergedIds, merged * 2);
                }
                mergedIds[merged++] = other.id();
            }
            int score = scorer.score(flags);
            ConcernLevel level = scorer.level(score);
            String alsoListedIn = String.join("; ", others);
            longestOthers.merge(survivor.section(), alsoListedIn.length(), Math::max);
            survivors.add(new Object[] {survivor.id(), Flags.join(flags), score, level.ordinal(),
                    rankLevel(survivor.flags(), level), alsoListedIn});
        }

        void apply(long runId) {
            jdbc.batchUpdate("INSERT INTO " + OfferingTable.ranking(runId) + " (id, survivor) VALUES (?, FALSE)", mergedRows);
            jdbc.batchUpdate("INSERT INTO " + OfferingTable.ranking(runId) + " (id, survivor, flags, score, concern_level,"
                    + " rank_level, also_listed_in) VALUES (?, TRUE, ?, ?, ?, ?, ?)", survivors, SURVIVOR_TYPES);
            mergedRows.clear();
            survivors.clear();
        }
    }

    /** Clinics costing more than the configured multiple of the median; flagged once, however often ranking runs. */
    private int flagOutliers(long runId, ClinicCosts costs, BigDecimal median) {
        if (median == null) {
            return 0;
        }
        List<Long> ids = Arrays.stream(costs.above(median.multiply(settings.priceOutlierFactor()))).boxed().toList();
        List<Object[]> survivors = new ArrayList<>();
        List<Object[]> others = new ArrayList<>();
        // a survivor of duplicates is flagged on top of the flags merging gave it
        forIds("SELECT o.id, o.row_flags, c.flags FROM " + OfferingTable.name(runId) + " o LEFT JOIN " + OfferingTable.ranking(runId)
                + " c ON c.id = o.id WHERE o.id = ANY (?)", ids, rs -> {
            String merged = rs.getString(3);
            Set<Flag> flags = Flags.parse(merged == null ? rs.getString(2) : merged);
            flags.add(Flag.PRICE_OUTLIER);
            int score = scorer.score(flags);
            ConcernLevel level = scorer.level(score);
            Object[] row = {rs.getLong(1), Flags.join(flags), score, level.ordinal(), rankLevel(Flags.parse(rs.getString(2)), level)};
            (merged == null ? others : survivors).add(row);
        });
        jdbc.batchUpdate("UPDATE " + OfferingTable.ranking(runId) + " SET flags = ?, score = ?, concern_level = ?,"
                + " rank_level = ? WHERE id = ?", survivors.stream().map(row -> new Object[] {row[1], row[2], row[3], row[4], row[0]})
                .toList(), new int[] {Types.VARCHAR, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.BIGINT});
        jdbc.batchUpdate("INSERT INTO " + OfferingTable.ranking(runId) + " (id, survivor, flags, score, concern_level, rank_level)"
                + " VALUES (?, TRUE, ?, ?, ?, ?)", others, Arrays.copyOf(SURVIVOR_TYPES, 5));
        return survivors.size() + others.size();
    }
}
