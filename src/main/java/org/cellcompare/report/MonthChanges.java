package org.cellcompare.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;

import org.cellcompare.rank.ConcernLevel;
import org.cellcompare.rank.OfferingTable;
import org.cellcompare.rank.Section;
import org.cellcompare.rank.StreamedRows;
import org.cellcompare.rank.ShownOffering;
import org.cellcompare.rank.ShownOfferingCodec;
import org.cellcompare.report.Change.Kind;

/**
 * Compares a run's offerings with the latest earlier month in the run history. Each finished
 * month keeps its ranked offerings; an offering is the same one from month to month when its
 * provider, country and program match, as duplicates do within a month.
 */
public class MonthChanges {

    /** The columns of a change after "shown" (provider and program), in the places {@link #compare} reads them. */
    private static final String COLUMNS = "c.country_code, c.country_text, c.duplicate_key, c.course_amount,"
            + " c.course_currency, c.trial_status, x.concern_level, c.section";
    private static final int ROWS_PER_BATCH = 1_000;
    private static final String ORDER = " ORDER BY c.provider_sort, c.country_code NULLS LAST, c.duplicate_key";

    private final JdbcTemplate jdbc;

    public MonthChanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The finished run of the latest month before this one, if the history has one. */
    public record EarlierRun(long runId, YearMonth month) {
    }

    public EarlierRun earlierRun(YearMonth month) {
        List<EarlierRun> runs = jdbc.query("SELECT run_id, run_month FROM cc_run WHERE run_month < ? AND finished_at IS NOT NULL"
                        + " ORDER BY run_month DESC, run_id DESC",
                (rs, i) -> new EarlierRun(rs.getLong(1), YearMonth.parse(rs.getString(2))), month.toString());
        return runs.isEmpty() ? null : runs.get(0);
    }

    /** Streams every change, grouped by kind; prices count as moved from {@code pricePercent} percent. */
    void forEach(long runId, long earlierRunId, BigDecimal pricePercent, ReportText text, Consumer<Change> consumer) {
        noteChanged(runId, earlierRunId);
        differences(pricePercent).forEach((kind, differs) -> matched(runId, earlierRunId, kind, differs, text, pricePercent,
                consumer));
        // a month may bring a whole network's offerings at once, all new: the rows are streamed
        StreamedRows.forEach(jdbc, select(runId) + " FROM " + OfferingTable.changed(runId) + " x JOIN "
                        + OfferingTable.name(runId) + " c ON c.id = x.id WHERE x.earlier_id IS NULL" + ORDER,
                rs -> consumer.accept(change(Kind.NEW, rs, "", cost(rs.getBigDecimal(5), rs.getString(6), text))));
        StreamedRows.forEach(jdbc, select(earlierRunId) + " FROM " + OfferingTable.changed(runId) + " x JOIN "
                        + OfferingTable.name(earlierRunId) + " c ON c.id = x.earlier_id WHERE x.id IS NULL" + ORDER,
                rs -> consumer.accept(change(Kind.GONE, rs, cost(rs.getBigDecimal(5), rs.getString(6), text), "")));
    }

    /** How an offering in both months differs, by kind of change, in the order the sheet lists them. */
    private static Map<Kind, String> differences(BigDecimal pricePercent) {
        Map<Kind, String> differences = new LinkedHashMap<>();
        differences.put(Kind.CONCERN, "x.concern_level <> x.earlier_concern_level");
        differences.put(Kind.SECTION, "c.section <> p.section");
        differences.put(Kind.STATUS, "c.trial_status <> p.trial_status");
        differences.put(Kind.PRICE, "c.course_currency = p.course_currency AND p.course_amount > 0"
                + " AND ABS(c.course_amount - p.course_amount) * 100 >= " + pricePercent.toPlainString() + " * p.course_amount");
        return differences;
    }

    /** Notes the offerings that are new, gone or differ in any respect (see {@link MonthMatch}); usually a few. */
    private void noteChanged(long runId, long earlierRunId) {
        String insert = "INSERT INTO " + OfferingTable.changed(runId)
                + " (id, earlier_id, concern_level, earlier_concern_level) VALUES (?, ?, ?, ?)";
        int[] types = {Types.BIGINT, Types.BIGINT, Types.INTEGER, Types.INTEGER};
        List<Object[]> batch = new ArrayList<>();
        MonthMatch match = MonthMatch.read(jdbc, runId, earlierRunId);
        jdbc.update("DELETE FROM " + OfferingTable.changed(runId));
        match.forEachPair((id, earlierId, level, earlierLevel) -> {
            batch.add(new Object[] {id == 0 ? null : id, earlierId == 0 ? null : earlierId, id == 0 ? null : level,
                    earlierId == 0 ? null : earlierLevel});
            if (batch.size() == ROWS_PER_BATCH) {
                jdbc.batchUpdate(insert, batch, types);
                batch.clear();
            }
        });
        jdbc.batchUpdate(insert, batch, types);
    }

    /** Offerings in both months that differ in one respect, from those noted. */
    private void matched(long runId, long earlierRunId, Kind kind, String differs, ReportText text, BigDecimal pricePercent,
                         Consumer<Change> consumer) {
        StreamedRows.forEach(jdbc, select(runId) + ", p.course_amount, p.course_currency, p.trial_status,"
                        + " x.earlier_concern_level, p.section FROM " + OfferingTable.changed(runId) + " x JOIN " + OfferingTable.name(runId) + " c ON c.id = x.id"
                        + " JOIN " + OfferingTable.name(earlierRunId) + " p ON p.id = x.earlier_id WHERE " + differs + ORDER,
                rs -> {
                    Change change = compare(kind, rs, pricePercent, text);
                    if (change != null) {
                        consumer.accept(change);
                    }
                });
    }

    /**
     * The columns of a change, with the ranked row (provider and program, as shown) read by a
     * subquery in the select list: H2 then reads it for the rows it returns only.
     */
    private static String select(long runId) {
        return "SELECT (SELECT r.shown FROM " + OfferingTable.ranked(runId) + " r WHERE r.id = c.id), " + COLUMNS;
    }

    private static Change compare(Kind kind, ResultSet rs, BigDecimal pricePercent, ReportText text) throws SQLException {
        String before;
        String now;
        switch (kind) {
            case CONCERN -> {
                if (rs.getInt(8) == rs.getInt(13)) {
                    return null;
                }
                before = text.concern(ConcernLevel.values()[rs.getInt(13)]);
                now = text.concern(ConcernLevel.values()[rs.getInt(8)]);
            }
            case SECTION -> {
                if (rs.getString(9).equals(rs.getString(14))) {
                    return null;
                }
                before = text.get("section." + Section.valueOf(rs.getString(14)).name());
                now = text.get("section." + Section.valueOf(rs.getString(9)).name());
            }
            case STATUS -> {
                if (rs.getString(7) == null || rs.getString(12) == null || Objects.equals(rs.getString(7), rs.getString(12))) {
                    return null;
                }
                before = text.trialStatus(rs.getString(12));
                now = text.trialStatus(rs.getString(7));
            }
            default -> {
                BigDecimal was = rs.getBigDecimal(10);
                BigDecimal is = rs.getBigDecimal(5);
                if (was == null || is == null || was.signum() == 0 || !Objects.equals(rs.getString(6), rs.getString(11))) {
                    return null;
                }
                BigDecimal percent = is.subtract(was).multiply(BigDecimal.valueOf(100)).divide(was, 1, RoundingMode.HALF_UP);
                if (percent.abs().compareTo(pricePercent) < 0) {
                    return null;
                }
                before = cost(was, rs.getString(11), text);
                now = cost(is, rs.getString(6), text) + " (" + (percent.signum() > 0 ? "+" : "") + percent.toPlainString() + "%)";
            }
        }
        return change(kind, rs, before, now);
    }

    private static Change change(Kind kind, ResultSet rs, String before, String now) throws SQLException {
        ShownOffering shown = ShownOfferingCodec.decode(rs.getBytes(1));
        return new Change(kind, shown.provider(), rs.getString(2), rs.getString(3), shown.program(), before, now);
    }

    private static String cost(BigDecimal amount, String currency, ReportText text) {
        if (amount == null) {
            return text.get("changes.noCost");
        }
        return NumberFormat.getIntegerInstance(Locale.US).format(amount) + " " + currency;
    }
}
