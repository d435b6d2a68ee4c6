package org.cellcompare.rank;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import org.cellcompare.normalize.CourseCost;
import org.cellcompare.normalize.Offering;
import org.cellcompare.normalize.RegistryMatch;
import org.cellcompare.registry.TrialRecord;
import org.cellcompare.text.Folding;
import org.cellcompare.text.Texts;

/**
 * Stages normalized offerings in the run's table: the few columns ranking, the Summary and the
 * Changes sheet work on, the rank key, and everything else the sheets show as one value.
 */
public class OfferingStore {

    private static final String COLUMNS = "file, sheet, row_num, section, duplicate_key, provider_sort, country_code,"
            + " country_text, last_verified, rep_amount, course_amount, course_currency, trial_status, row_flags,"
            + " row_score, flags, score, concern_level, rank_key, shown";
    private static final int COUNT = COLUMNS.split(",").length;

    private final JdbcTemplate jdbc;

    public OfferingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long runId, List<StagedOffering> offerings) {
        if (!offerings.isEmpty()) {
            String insert = "INSERT INTO " + OfferingTable.name(runId) + " (" + COLUMNS + ") VALUES ("
                    + "?, ".repeat(COUNT - 1) + "?)";
            jdbc.batchUpdate(insert, offerings, offerings.size(), OfferingStore::bind);
        }
    }

    private static void bind(PreparedStatement ps, StagedOffering staged) throws SQLException {
        Offering o = staged.offering();
        CourseCost cost = o.courseCost();
        RegistryMatch trial = o.trialRegistration();
        TrialRecord record = trial == null ? null : trial.record();
        ShownOffering shown = staged.shown();
        String flags = Flags.join(staged.flags());
        int i = 0;
        ps.setString(++i, o.file());
        ps.setString(++i, o.sheet());
        ps.setInt(++i, o.row());
        ps.setString(++i, staged.section().name());
        ps.setString(++i, Texts.fit(o.duplicateKey(), 600));
        ps.setString(++i, Texts.fit(Folding.words(o.provider()), 500));
        ps.setString(++i, o.countryCode());
        ps.setString(++i, shown.countryText());
        ps.setObject(++i, o.lastVerified(), Types.DATE);
        setDecimal(ps, ++i, cost.reportingAmount());
        setDecimal(ps, ++i, cost.amount());
        ps.setString(++i, cost.currency());
        ps.setString(++i, shown.trialStatus());
        ps.setString(++i, flags);
        ps.setInt(++i, staged.score());
        ps.setString(++i, flags);
        ps.setInt(++i, staged.score());
        ps.setInt(++i, staged.concern().ordinal());
        ps.setBytes(++i, RankOrder.key(staged.section(), staged.concern(), shown,
                record != null && record.isOpenForRecruitment(), record == null ? 0 : record.phaseRank()));
        ps.setBytes(++i, ShownOfferingCodec.encode(shown));
    }

    private static void setDecimal(PreparedStatement ps, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DECIMAL);
        } else {
            ps.setBigDecimal(index, value);
        }
    }
}
