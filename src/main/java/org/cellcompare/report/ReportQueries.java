package org.cellcompare.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import org.cellcompare.ingest.InputProblem.Outcome;
import org.cellcompare.rank.ConcernLevel;
import org.cellcompare.rank.Flag;
import org.cellcompare.rank.Flags;
import org.cellcompare.rank.LongestTexts;
import org.cellcompare.rank.LongestTexts.Column;
import org.cellcompare.rank.OfferingTable;
import org.cellcompare.rank.RankOrder;
import org.cellcompare.rank.Section;
import org.cellcompare.rank.ShownOfferingCodec;
import org.cellcompare.rank.StreamedRows;

/**
 * What the workbook and the log need from a run's tables. The ranked sheets are streamed in
 * rank order straight from the database, so a million offerings never sit in memory at once.
 */
@Component
public class ReportQueries {

    private final JdbcTemplate jdbc;
    private final LongestTexts longestTexts;

    public ReportQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.longestTexts = new LongestTexts(jdbc);
    }

    /**
     * Lets the ranked sheets be read in rank order without a sort. On H2 an index holding every
     * column they show is built once every row is staged, and read in order like a list; building
     * it then costs a fraction of keeping it up to date row by row. Ranking does not write the
     * ranked rows, so the index can be built while it runs. PostgreSQL sorts large results well by
     * itself and needs none.
     */
    public void prepareRankOrder(long runId) {
        String table = OfferingTable.ranked(runId);
        if (Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) StreamedRows::isH2))) {
            jdbc.execute("CREATE INDEX IF NOT EXISTS " + table + "_ranked ON " + table
                    + " (section, rank_key, shown, flags, score, concern_level)");
        }
    }

    /**
     * Streams a section's ranked rows in rank order, as ranking left them: rows merged into another
     * are left out, and survivors and outliers come with ranking's flags, score and band. A row
     * whose band ranking changed no longer belongs where its rank key was staged; such rows are
     * read first, sorted by the key of their new band, and merged into the stream, rather than
     * having their keys rewritten, which rewrote thousands of rows of the index.
     */
    void forEachRanked(long runId, Section section, Consumer<RankedRow> consumer) {
        List<MovedRow> moved = movedRows(runId, section);
        int[] next = {0};
        StreamedRows.forEach(jdbc, rankedQuery(runId), rs -> {
            byte[] key = rs.getBytes(6);
            while (next[0] < moved.size() && Arrays.compareUnsigned(moved.get(next[0]).key(), key) < 0) {
                consumer.accept(moved.get(next[0]++).row());
            }
            consumer.accept(rankedRow(rs.getBytes(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5)));
        }, section.name());
        moved.subList(next[0], moved.size()).forEach(row -> consumer.accept(row.row()));
    }

    /**
     * A section's ranked rows in rank order, but for those whose band ranking changed; the section
     * is its one parameter. The ORDER BY names the column the WHERE fixes as well, because H2
     * reads an index in order only when the ORDER BY begins with the index's first columns;
     * ordering by rank_key alone made it sort every row again.
     */
    static String rankedQuery(long runId) {
        return "SELECT r.shown, COALESCE(c.flags, r.flags), COALESCE(c.score, r.score),"
                + " COALESCE(c.concern_level, r.concern_level), c.also_listed_in, r.rank_key FROM " + OfferingTable.ranked(runId)
                + " r LEFT JOIN " + OfferingTable.ranking(runId) + " c ON c.id = r.id"
                + " WHERE r.section = ? AND c.survivor IS NOT FALSE AND c.rank_level IS NULL ORDER BY r.section, r.rank_key";
    }

    /** A ranked row whose band ranking changed, under the rank key of its new band. */
    private record MovedRow(byte[] key, byte[] shown, String flags, int score, int level, String alsoListedIn) {

        RankedRow row() {
            return rankedRow(shown, flags, score, level, alsoListedIn);
        }
    }

    private static RankedRow rankedRow(byte[] shown, String flags, int score, int level, String alsoListedIn) {
        return new RankedRow(ShownOfferingCodec.decode(shown), ConcernLevel.values()[level], score, Flags.parse(flags),
                alsoListedIn);
    }

    /** The section's rows whose band ranking changed, in the order of their new rank keys; few beside the rest. */
    private List<MovedRow> movedRows(long runId, Section section) {
        List<MovedRow> moved = new ArrayList<>();
        // from the small ranking table to the ranked rows, each found by its id
        jdbc.query(movedQuery(runId), (RowCallbackHandler) rs -> moved.add(new MovedRow(
                RankOrder.withConcern(rs.getBytes(6), ConcernLevel.values()[rs.getInt(4)]), rs.getBytes(1), rs.getString(2),
                rs.getInt(3), rs.getInt(4), rs.getString(5))), section.name());
        moved.sort((a, b) -> Arrays.compareUnsigned(a.key(), b.key()));
        return moved;
    }

    static String movedQuery(long runId) {
        return "SELECT r.shown, c.flags, c.score, c.concern_level, c.also_listed_in, r.rank_key FROM "
                + OfferingTable.ranking(runId) + " c LEFT JOIN " + OfferingTable.ranked(runId) + " r ON r.id = c.id"
                + " WHERE c.rank_level IS NOT NULL AND r.section = ?";
    }

    /** The longest texts of a section's columns, to fit column widths to what they hold. */
    record TextLengths(int provider, int country, int program, int price, int registration, int source, int input,
                       int alsoListedIn) {
    }

    TextLengths textLengths(long runId, Section section) {
        Map<Column, Integer> longest = longestTexts.of(runId, section);
        return new TextLengths(longest.getOrDefault(Column.PROVIDER, 0), longest.getOrDefault(Column.COUNTRY, 0),
                longest.getOrDefault(Column.PROGRAM, 0), longest.getOrDefault(Column.PRICE, 0),
                longest.getOrDefault(Column.REGISTRATION, 0), longest.getOrDefault(Column.SOURCE, 0),
                longest.getOrDefault(Column.INPUT, 0), longest.getOrDefault(Column.ALSO_LISTED_IN, 0));
    }

    /**
     * Rows read, ranked, left out and merged, per offering file, from tallies no one part of the run
     * keeps alone: rows read as Spring Batch counted them, staged and merged as ranking found them
     * in the tables, left out as Input problems holds them.
     */
    public record FileFigures(String file, long read, long ranked, long leftOut, long merged, boolean notRead) {

        public boolean balances() {
            return read == ranked + leftOut + merged;
        }
    }

    /** {@code rowsRead}: each offering file's data rows, by file name, as the ingest step counted them. */
    public List<FileFigures> fileFigures(long runId, Map<String, Long> rowsRead) {
        Map<String, long[]> byFile = new LinkedHashMap<>();
        rowsRead.forEach((file, read) -> figures(byFile, file)[0] = read);
        jdbc.query("SELECT file, rows_staged, rows_merged FROM cc_offering_file WHERE run_id = ?",
                rs -> {
                    long[] f = figures(byFile, rs.getString(1));
                    f[1] = rs.getLong(2) - rs.getLong(3);
                    f[3] = rs.getLong(3);
                }, runId);
        jdbc.query("SELECT file, outcome, COUNT(*) FROM cc_input_problem WHERE run_id = ? AND outcome IN (?, ?) GROUP BY file, outcome",
                rs -> {
                    long[] f = figures(byFile, rs.getString(1));
                    if (Outcome.valueOf(rs.getString(2)) == Outcome.ROW_LEFT_OUT) {
                        f[2] = rs.getLong(3);
                    } else {
                        f[4] = 1;
                    }
                }, runId, Outcome.ROW_LEFT_OUT.name(), Outcome.FILE_NOT_READ.name());
        return byFile.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(e -> !e.getKey().startsWith("rates/") && !e.getKey().startsWith("registry/"))
                .map(e -> new FileFigures(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3],
                        e.getValue()[4] > 0))
                .toList();
    }

    private static long[] figures(Map<String, long[]> byFile, String file) {
        return byFile.computeIfAbsent(file, f -> new long[5]);
    }

    public long problemCount(long runId) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM cc_input_problem WHERE run_id = ?", Long.class, runId);
        return n == null ? 0 : n;
    }

    /** Files of every kind that could not be read at all. */
    public List<String> filesNotRead(long runId) {
        return jdbc.queryForList("SELECT file FROM cc_input_problem WHERE run_id = ? AND outcome = ? ORDER BY file",
                String.class, runId, Outcome.FILE_NOT_READ.name());
    }

    /** The registry export files the run checked against. */
    public List<String> registryFiles(long runId) {
        return jdbc.queryForList("SELECT DISTINCT export_file FROM cc_registry_record WHERE run_id = ? ORDER BY export_file",
                String.class, runId);
    }
}
