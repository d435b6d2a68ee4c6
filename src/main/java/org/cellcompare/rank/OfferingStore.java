package org.cellcompare.rank;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.cellcompare.normalize.CourseCost;
import org.cellcompare.normalize.Offering;
import org.cellcompare.normalize.RegistryMatch;
import org.cellcompare.registry.TrialRecord;
import org.cellcompare.text.Folding;
import org.cellcompare.text.Texts;

/**
 * Stages normalized offerings in the run's two tables: the narrow row ranking and the Changes
 * sheet work on, and, under the same id, the row the ranked sheets show.
 */
@Component
public class OfferingStore {

    /** Each column with the type its value is cast to: H2 takes an untyped value in MERGE's VALUES for text. */
    private record Column(String name, String type) {
    }

    private static final List<Column> OFFERING_COLUMNS = List.of(new Column("id", "BIGINT"), new Column("file", "VARCHAR"),
            new Column("sheet", "VARCHAR"), new Column("row_num", "INTEGER"), new Column("section", "VARCHAR"),
            new Column("duplicate_key", "VARCHAR"), new Column("duplicate_hash", "BIGINT"), new Column("provider_sort", "VARCHAR"),
            new Column("country_code", "VARCHAR"), new Column("country_text", "VARCHAR"), new Column("last_verified", "DATE"),
            new Column("rep_amount", "DECIMAL(30, 2)"), new Column("course_amount", "DECIMAL(30, 4)"),
            new Column("course_currency", "VARCHAR"), new Column("trial_status", "VARCHAR"), new Column("row_flags", "VARCHAR"),
            new Column("concern_level", "INTEGER"));
    private static final List<Column> RANKED_COLUMNS = List.of(new Column("id", "BIGINT"), new Column("section", "VARCHAR"),
            new Column("rank_key", "BYTEA"), new Column("shown", "BYTEA"), new Column("flags", "VARCHAR"),
            new Column("score", "INTEGER"), new Column("concern_level", "INTEGER"));

    private final JdbcTemplate jdbc;

    public OfferingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stages a chunk's offerings of one file, under ids made of the file's number and each row's
     * place in it. Staging a row again, as a run resumed after a kill does for a chunk that never
     * committed, writes it over itself: whatever the database kept of that chunk, the row is there
     * once.
     */
    public void stage(long runId, int fileNumber, List<StagedOffering> offerings) {
        if (offerings.isEmpty()) {
            return;
        }
        long[] ids = offerings.stream().mapToLong(o -> OfferingTable.id(fileNumber, o.item())).toArray();
        batch(merge(OfferingTable.name(runId), OFFERING_COLUMNS), offerings, (ps, i) -> bind(ps, ids[i], offerings.get(i)));
        batch(merge(OfferingTable.ranked(runId), RANKED_COLUMNS), offerings, (ps, i) -> bindRanked(ps, ids[i], offerings.get(i)));
    }

    /** Standard SQL's MERGE, which H2 and PostgreSQL both run, keyed on the id. */
    private static String merge(String table, List<Column> columns) {
        List<String> names = columns.stream().map(Column::name).toList();
        return "MERGE INTO " + table + " t USING (VALUES ("
                + columns.stream().map(c -> "CAST(? AS " + c.type() + ")").collect(Collectors.joining(", ")) + ")) AS v ("
                + String.join(", ", names) + ")"
                + " ON t.id = v.id"
                + " WHEN MATCHED THEN UPDATE SET " + names.stream().skip(1).map(n -> n + " = v." + n).collect(Collectors.joining(", "))
                + " WHEN NOT MATCHED THEN INSERT (" + String.join(", ", names) + ") VALUES ("
                + names.stream().map(n -> "v." + n).collect(Collectors.joining(", ")) + ")";
    }

    private interface Binder {
        void bind(PreparedStatement ps, int index) throws SQLException;
    }

    private void batch(String sql, List<StagedOffering> offerings, Binder binder) {
        jdbc.execute((ConnectionCallback<int[]>) connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                for (int i = 0; i < offerings.size(); i++) {
                    binder.bind(ps, i);
                    ps.addBatch();
                }
                return ps.executeBatch();
            }
        });
    }

    private static void bind(PreparedStatement ps, long id, StagedOffering staged) throws SQLException {
        Offering o = staged.offering();
        CourseCost cost = o.courseCost();
        int i = 0;
        ps.setLong(++i, id);
        ps.setString(++i, o.file());
        ps.setString(++i, o.sheet());
        ps.setInt(++i, o.row());
        ps.setString(++i, staged.section().name());
        String duplicateKey = Texts.fit(o.duplicateKey(), 600);
        ps.setString(++i, duplicateKey);
        ps.setLong(++i, DuplicateKeys.hash(duplicateKey));
        ps.setString(++i, Texts.fit(Folding.words(o.provider()), 500));
        ps.setString(++i, o.countryCode());
        ps.setString(++i, staged.shown().countryText());
        ps.setObject(++i, o.lastVerified(), Types.DATE);
        setDecimal(ps, ++i, cost.reportingAmount());
        setDecimal(ps, ++i, cost.amount());
        ps.setString(++i, cost.currency());
        ps.setString(++i, staged.shown().trialStatus());
        ps.setString(++i, Flags.join(staged.flags()));
        ps.setInt(++i, staged.concern().ordinal());
    }

    private static void bindRanked(PreparedStatement ps, long id, StagedOffering staged) throws SQLException {
        RegistryMatch trial = staged.offering().trialRegistration();
        TrialRecord record = trial == null ? null : trial.record();
        int i = 0;
        ps.setLong(++i, id);
        ps.setString(++i, staged.section().name());
        ps.setBytes(++i, RankOrder.key(staged.section(), staged.concern(), staged.shown(),
                record != null && record.isOpenForRecruitment(), record == null ? 0 : record.phaseRank()));
        ps.setBytes(++i, ShownOfferingCodec.encode(staged.shown()));
        ps.setString(++i, Flags.join(staged.flags()));
        ps.setInt(++i, staged.score());
        ps.setInt(++i, staged.concern().ordinal());
    }

    private static void setDecimal(PreparedStatement ps, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DECIMAL);
        } else {
            ps.setBigDecimal(index, value);
        }
    }
}
