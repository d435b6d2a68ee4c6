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

    private static final List<String> OFFERING_COLUMNS = List.of("id", "file", "sheet", "row_num", "section", "duplicate_key",
            "duplicate_hash", "provider_sort", "country_code", "country_text", "last_verified", "rep_amount", "course_amount",
            "course_currency", "trial_status", "row_flags", "concern_level");
    private static final List<String> RANKED_COLUMNS = List.of("id", "section", "rank_key", "shown", "flags", "score",
            "concern_level");

    private final JdbcTemplate jdbc;
    private volatile Boolean h2;

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
        batch(upsert(OfferingTable.name(runId), OFFERING_COLUMNS), offerings, (ps, i) -> bind(ps, ids[i], offerings.get(i)));
        batch(upsert(OfferingTable.ranked(runId), RANKED_COLUMNS), offerings, (ps, i) -> bindRanked(ps, ids[i], offerings.get(i)));
    }

    /**
     * An insert that writes a row already there over it, keyed on the id: H2's own MERGE ... KEY,
     * which costs what an INSERT does (standard SQL's MERGE ... USING took half as long again), and
     * PostgreSQL's INSERT ... ON CONFLICT, its equivalent.
     */
    private String upsert(String table, List<String> columns) {
        String insert = " INTO " + table + " (" + String.join(", ", columns) + ")";
        String values = " VALUES (" + "?, ".repeat(columns.size() - 1) + "?)";
        if (isH2()) {
            return "MERGE" + insert + " KEY (id)" + values;
        }
        return "INSERT" + insert + values + " ON CONFLICT (id) DO UPDATE SET "
                + columns.stream().skip(1).map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "));
    }

    private boolean isH2() {
        Boolean known = h2;
        if (known == null) {
            known = jdbc.execute((ConnectionCallback<Boolean>) StreamedRows::isH2);
            h2 = known;
        }
        return known;
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
