package org.cellcompare.rank;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

import org.cellcompare.config.CellCompareProperties;

/**
 * Turns a run's staged rows into ranked offerings, in the database: duplicates across files are
 * merged into the most recently verified row, price outliers among commercial clinics are
 * flagged, and every survivor gets its concern level. Each operation starts from the rows as
 * staged, so a restarted ranking gives the same result.
 */
public class Ranking {

    private final JdbcTemplate jdbc;
    private final ConcernScorer scorer;
    private final CellCompareProperties.Concern settings;

    public Ranking(JdbcTemplate jdbc, ConcernScorer scorer, CellCompareProperties.Concern settings) {
        this.jdbc = jdbc;
        this.scorer = scorer;
        this.settings = settings;
    }

    /** What ranking did, for the log and the Summary. */
    public record Result(int duplicateGroups, int merged, BigDecimal clinicMedian, int outliers) {
    }

    public Result rank(long runId) {
        jdbc.update("UPDATE cc_offering SET flags = row_flags, score = row_score, survivor = TRUE, merged_into = NULL,"
                + " also_listed_in = NULL, concern_level = NULL WHERE run_id = ?", runId);
        int[] merged = mergeDuplicates(runId);
        BigDecimal median = clinicMedian(runId);
        int outliers = flagOutliers(runId, median);
        assignConcernLevels(runId);
        return new Result(merged[0], merged[1], median, outliers);
    }

    /**
     * The same provider, country and program in several rows is one offering. The most recently
     * verified row survives (then the first by file, sheet and row); the others are named as its
     * other sources, and any warning sign they carry is kept.
     */
    private int[] mergeDuplicates(long runId) {
        List<String> keys = jdbc.queryForList("SELECT duplicate_key FROM cc_offering WHERE run_id = ?"
                + " GROUP BY duplicate_key HAVING COUNT(*) > 1 ORDER BY duplicate_key", String.class, runId);
        int merged = 0;
        for (String key : keys) {
            List<DuplicateRow> rows = jdbc.query("SELECT id, file, sheet, row_num, section, row_flags FROM cc_offering"
                            + " WHERE run_id = ? AND duplicate_key = ?"
                            + " ORDER BY last_verified DESC NULLS LAST, file, sheet NULLS FIRST, row_num",
                    (rs, i) -> new DuplicateRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                            Section.valueOf(rs.getString(5)), Flags.parse(rs.getString(6))),
                    runId, key);
            DuplicateRow survivor = rows.get(0);
            Set<Flag> flags = EnumSet.copyOf(survivor.flags().isEmpty() ? EnumSet.noneOf(Flag.class) : survivor.flags());
            List<String> others = new ArrayList<>();
            for (DuplicateRow other : rows.subList(1, rows.size())) {
                other.flags().stream().filter(Flag::keptFromDuplicates)
                        .filter(flag -> flag != Flag.PAYS_TO_PARTICIPATE || survivor.section() == Section.TRIAL)
                        .forEach(flags::add);
                others.add(other.location());
                jdbc.update("UPDATE cc_offering SET survivor = FALSE, merged_into = ? WHERE id = ?", survivor.id(), other.id());
                merged++;
            }
            jdbc.update("UPDATE cc_offering SET flags = ?, score = ?, also_listed_in = ? WHERE id = ?",
                    Flags.join(flags), scorer.score(flags), String.join("; ", others), survivor.id());
        }
        return new int[] {keys.size(), merged};
    }

    private record DuplicateRow(long id, String file, String sheet, int row, Section section, Set<Flag> flags) {

        String location() {
            return sheet == null ? file + ", row " + row : file + ", sheet " + sheet + ", row " + row;
        }
    }

    /** The median course cost, in the reporting currency, of the commercial offerings that have one. */
    private BigDecimal clinicMedian(long runId) {
        String where = " FROM cc_offering WHERE run_id = ? AND survivor AND section = 'CLINIC' AND rep_amount IS NOT NULL";
        Integer count = jdbc.queryForObject("SELECT COUNT(*)" + where, Integer.class, runId);
        if (count == null || count == 0) {
            return null;
        }
        List<BigDecimal> middle = jdbc.queryForList("SELECT rep_amount" + where + " ORDER BY rep_amount OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                BigDecimal.class, runId, (count - 1) / 2, count % 2 == 0 ? 2 : 1);
        BigDecimal sum = middle.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(middle.size()), 2, RoundingMode.HALF_UP);
    }

    private int flagOutliers(long runId, BigDecimal median) {
        if (median == null) {
            return 0;
        }
        BigDecimal threshold = median.multiply(settings.priceOutlierFactor());
        return jdbc.update("UPDATE cc_offering SET flags = CASE WHEN flags = '' THEN 'PRICE_OUTLIER' ELSE flags || ',PRICE_OUTLIER' END,"
                        + " score = LEAST(?, score + ?) WHERE run_id = ? AND survivor AND section = 'CLINIC' AND rep_amount > ?",
                scorer.cap(), scorer.points(Flag.PRICE_OUTLIER), runId, threshold);
    }

    private void assignConcernLevels(long runId) {
        CellCompareProperties.Bands bands = scorer.bands();
        jdbc.update("UPDATE cc_offering SET concern_level = CASE WHEN score >= ? THEN 3 WHEN score >= ? THEN 2"
                + " WHEN score >= ? THEN 1 ELSE 0 END WHERE run_id = ? AND survivor",
                bands.veryHigh(), bands.high(), bands.moderate(), runId);
    }
}
