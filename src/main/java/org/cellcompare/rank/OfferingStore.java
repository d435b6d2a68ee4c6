package org.cellcompare.rank;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import org.cellcompare.normalize.CourseCost;
import org.cellcompare.normalize.Offering;
import org.cellcompare.normalize.RegistryMatch;
import org.cellcompare.registry.TrialRecord;
import org.cellcompare.text.Folding;
import org.cellcompare.text.Texts;

/**
 * Stages normalized offerings in the run's two tables: the narrow row ranking and the Changes
 * sheet work on, then, under the id the database gave it, the row the ranked sheets show.
 */
public class OfferingStore {

    private static final String OFFERING_COLUMNS = "file, sheet, row_num, section, duplicate_key, duplicate_hash, provider_sort,"
            + " country_code, country_text, last_verified, rep_amount, course_amount, course_currency, trial_status,"
            + " row_flags, concern_level, read_from";
    private static final int OFFERING_COLUMN_COUNT = OFFERING_COLUMNS.split(",").length;
    private static final String RANKED_COLUMNS = "id, section, rank_key, shown, flags, score, concern_level";

    private final JdbcTemplate jdbc;

    public OfferingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stages a chunk's offerings, tagged with where the chunk began reading its file. */
    public void insert(long runId, long readFrom, List<StagedOffering> offerings) {
        if (offerings.isEmpty()) {
            return;
        }
        List<Long> ids = insertOfferings(runId, readFrom, offerings);
        String insert = "INSERT INTO " + OfferingTable.ranked(runId) + " (" + RANKED_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)";
        jdbc.execute((ConnectionCallback<int[]>) connection -> {
            try (PreparedStatement ps = connection.prepareStatement(insert)) {
                for (int i = 0; i < offerings.size(); i++) {
                    bindRanked(ps, ids.get(i), offerings.get(i));
                    ps.addBatch();
                }
                return ps.executeBatch();
            }
        });
    }

    private List<Long> insertOfferings(long runId, long readFrom, List<StagedOffering> offerings) {
        String insert = "INSERT INTO " + OfferingTable.name(runId) + " (" + OFFERING_COLUMNS + ") VALUES ("
                + "?, ".repeat(OFFERING_COLUMN_COUNT - 1) + "?)";
        return jdbc.execute((ConnectionCallback<List<Long>>) connection -> {
            try (PreparedStatement ps = connection.prepareStatement(insert, new String[] {"id"})) {
                for (StagedOffering staged : offerings) {
                    bind(ps, staged);
                    ps.setLong(OFFERING_COLUMN_COUNT, readFrom);
                    ps.addBatch();
                }
                ps.executeBatch();
                List<Long> ids = new ArrayList<>(offerings.size());
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    while (keys.next()) {
                        ids.add(keys.getLong(1));
                    }
                }
                if (ids.size() != offerings.size()) {
                    throw new SQLException("The database gave " + ids.size() + " ids for " + offerings.size() + " offerings.");
                }
                return ids;
            }
        });
    }

    private static void bind(PreparedStatement ps, StagedOffering staged) throws SQLException {
        Offering o = staged.offering();
        CourseCost cost = o.courseCost();
        int i = 0;
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
