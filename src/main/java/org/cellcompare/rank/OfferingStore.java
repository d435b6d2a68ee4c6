package org.cellcompare.rank;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

import org.cellcompare.normalize.CourseCost;
import org.cellcompare.normalize.Offering;
import org.cellcompare.normalize.ParsedPrice;
import org.cellcompare.normalize.RegistryMatch;
import org.cellcompare.registry.TrialRecord;
import org.cellcompare.text.Folding;
import org.cellcompare.text.Texts;

/** Stages normalized offerings in the database, where ranking sorts them without holding them in memory. */
public class OfferingStore {

    private static final String[] COLUMNS = {"run_id", "file", "sheet", "row_num", "provider", "provider_sort",
            "country_code", "country_text", "city", "program", "price_text", "price_kind", "price_low", "price_high",
            "price_currency", "currency_assumed", "price_basis", "injections", "course_low", "course_high",
            "course_amount", "course_currency", "rep_low", "rep_high", "rep_amount", "includes", "cell_sources",
            "cell_origin", "cell_source_text", "routes", "route_text", "regulatory_status", "regulatory_text",
            "registration_text", "registrations", "trial_id", "trial_title", "trial_status", "trial_open",
            "trial_phase", "trial_phase_rank", "trial_enrollment", "trial_sponsor", "patient_pays", "claims_text",
            "claims", "source_text", "source_link", "last_verified", "duplicate_key", "section", "row_flags",
            "row_score", "flags", "score"};
    private static final String INSERT = "INSERT INTO cc_offering (" + String.join(", ", COLUMNS) + ") VALUES ("
            + "?, ".repeat(COLUMNS.length - 1) + "?)";

    private final JdbcTemplate jdbc;

    public OfferingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long runId, List<StagedOffering> offerings) {
        if (!offerings.isEmpty()) {
            jdbc.batchUpdate(INSERT, offerings, offerings.size(), (ps, staged) -> bind(ps, runId, staged));
        }
    }

    private static void bind(PreparedStatement ps, long runId, StagedOffering staged) throws SQLException {
        Offering o = staged.offering();
        ParsedPrice price = o.price();
        CourseCost cost = o.courseCost();
        RegistryMatch trial = o.trialRegistration();
        TrialRecord record = trial == null ? null : trial.record();
        String flags = Flags.join(staged.flags());
        int i = 0;
        ps.setLong(++i, runId);
        ps.setString(++i, o.file());
        ps.setString(++i, o.sheet());
        ps.setInt(++i, o.row());
        ps.setString(++i, text(o.provider()));
        ps.setString(++i, Texts.fit(Folding.words(o.provider()), 500));
        ps.setString(++i, o.countryCode());
        ps.setString(++i, text(o.countryText()));
        ps.setString(++i, text(o.city()));
        ps.setString(++i, text(o.program()));
        ps.setString(++i, text(price.text()));
        ps.setString(++i, price.kind().name());
        setDecimal(ps, ++i, price.low());
        setDecimal(ps, ++i, price.high());
        ps.setString(++i, price.currency());
        ps.setBoolean(++i, price.currencyAssumed());
        ps.setString(++i, o.basis().name());
        ps.setObject(++i, o.injections(), Types.INTEGER);
        setDecimal(ps, ++i, cost.low());
        setDecimal(ps, ++i, cost.high());
        setDecimal(ps, ++i, cost.amount());
        ps.setString(++i, cost.currency());
        setDecimal(ps, ++i, cost.reportingLow());
        setDecimal(ps, ++i, cost.reportingHigh());
        setDecimal(ps, ++i, cost.reportingAmount());
        ps.setString(++i, text(o.includes()));
        ps.setString(++i, o.cellSources().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
        ps.setString(++i, o.cellOrigin().name());
        ps.setString(++i, text(o.cellSourceText()));
        ps.setString(++i, o.routes().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
        ps.setString(++i, text(o.routeText()));
        ps.setString(++i, o.regulatoryStatus().name());
        ps.setString(++i, text(o.regulatoryText()));
        ps.setString(++i, text(o.registrationText()));
        ps.setString(++i, RegistrationCodec.encode(o.registrations()));
        ps.setString(++i, trial == null ? null : trial.id().id());
        ps.setString(++i, record == null ? null : text(record.title()));
        ps.setString(++i, record == null ? null : Texts.fit(record.statusLabel(), 100));
        ps.setBoolean(++i, record != null && record.isOpenForRecruitment());
        ps.setString(++i, record == null ? null : Texts.fit(record.phaseLabel(), 100));
        ps.setBigDecimal(++i, BigDecimal.valueOf(record == null ? 0 : record.phaseRank()));
        ps.setObject(++i, record == null ? null : record.enrollment(), Types.INTEGER);
        ps.setString(++i, record == null ? null : text(record.sponsor()));
        ps.setString(++i, o.patientPays().name());
        ps.setString(++i, text(o.claimsText()));
        ps.setString(++i, text(String.join(", ", o.claims())));
        ps.setString(++i, text(o.sourceText()));
        ps.setString(++i, text(o.sourceLink()));
        ps.setObject(++i, o.lastVerified(), Types.DATE);
        ps.setString(++i, Texts.fit(o.duplicateKey(), 600));
        ps.setString(++i, staged.section().name());
        ps.setString(++i, flags);
        ps.setInt(++i, staged.score());
        ps.setString(++i, flags);
        ps.setInt(++i, staged.score());
    }

    private static String text(String value) {
        return Texts.fit(Texts.blankToNull(value), Texts.MAX_CELL_TEXT);
    }

    private static void setDecimal(PreparedStatement ps, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DECIMAL);
        } else {
            ps.setBigDecimal(index, value);
        }
    }
}
