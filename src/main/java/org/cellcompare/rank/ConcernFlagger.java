package org.cellcompare.rank;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.cellcompare.normalize.CellSource;
import org.cellcompare.normalize.CellSource.CellOrigin;
import org.cellcompare.normalize.Offering;
import org.cellcompare.normalize.PatientPays;
import org.cellcompare.normalize.PriceKind;
import org.cellcompare.normalize.RegistryMatch;
import org.cellcompare.normalize.RegistryMatch.Check;
import org.cellcompare.normalize.RegulatoryStatus;
import org.cellcompare.normalize.Route;

/**
 * Decides which section an offering belongs to and which flags it carries. Everything here is
 * about one row; the price outlier, which needs all offerings, is decided when ranking.
 */
public final class ConcernFlagger {

    private final ConcernSettings settings;
    private final LocalDate reportDate;

    public ConcernFlagger(ConcernSettings settings, LocalDate reportDate) {
        this.settings = settings;
        this.reportDate = reportDate;
    }

    /**
     * A registered trial carries a valid registry number that, where an export lets us check,
     * exists and is about cerebral palsy. Everything else is a commercial clinic.
     */
    public static Section sectionOf(Offering offering) {
        return offering.isRegisteredTrial() ? Section.TRIAL : Section.CLINIC;
    }

    public Set<Flag> flags(Offering o) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        Section section = sectionOf(o);
        registrationFlags(o, section, flags);
        if (section == Section.TRIAL && (o.patientPays() == PatientPays.YES || chargesMoney(o))) {
            flags.add(Flag.PAYS_TO_PARTICIPATE);
        }
        if (!o.claims().isEmpty()) {
            flags.add(Flag.CURE_CLAIM);
        }
        if (o.cellSources().contains(CellSource.EMBRYONIC_OR_FETAL)) {
            flags.add(Flag.EMBRYONIC_OR_FETAL_CELLS);
        }
        if (o.cellSources().contains(CellSource.UNSPECIFIED)) {
            flags.add(Flag.CELLS_UNSPECIFIED);
        }
        if (o.routes().contains(Route.INTRACEREBRAL) || o.routes().contains(Route.INTRA_ARTERIAL)) {
            flags.add(Flag.BRAIN_OR_ARTERY_ROUTE);
        }
        if (o.routes().contains(Route.INTRATHECAL)) {
            flags.add(Flag.INTRATHECAL_ROUTE);
        }
        if (o.cellOrigin() == CellOrigin.ALLOGENEIC) {
            flags.add(Flag.ALLOGENEIC_CELLS);
        }
        if (o.injections() != null && o.injections() > settings.manyInjections()) {
            flags.add(Flag.MANY_INJECTIONS);
        }
        if (o.countryCode() == null) {
            flags.add(Flag.COUNTRY_NOT_STATED);
        }
        priceFlags(o, section, flags);
        if (o.lastVerified() == null || o.lastVerified().isBefore(reportDate.minusMonths(settings.staleAfterMonths()))) {
            flags.add(Flag.STALE_INFORMATION);
        }
        return flags;
    }

    private static void registrationFlags(Offering o, Section section, Set<Flag> flags) {
        if (o.registrations().isEmpty()) {
            flags.add(Flag.NO_REGISTRATION);
            if (!o.registrationText().isBlank() || o.regulatoryStatus() == RegulatoryStatus.REGISTERED_TRIAL) {
                flags.add(Flag.REGISTRATION_MALFORMED);
            }
        }
        for (RegistryMatch match : o.registrations()) {
            if (match.check() == Check.NOT_FOUND) {
                flags.add(Flag.REGISTRATION_NOT_FOUND);
            } else if (match.check() == Check.FOUND_NOT_CP) {
                flags.add(Flag.REGISTRATION_NOT_CP);
            }
        }
        RegistryMatch trial = o.trialRegistration();
        if (section == Section.TRIAL && trial.record() != null && trial.record().isClosed()) {
            flags.add(Flag.TRIAL_CLOSED);
        }
    }

    private static boolean chargesMoney(Offering o) {
        BigDecimal amount = o.price().rankingAmount();
        return o.price().kind().hasAmount() && amount != null && amount.signum() > 0;
    }

    private static void priceFlags(Offering o, Section section, Set<Flag> flags) {
        PriceKind kind = o.price().kind();
        if ((kind == PriceKind.NONE || kind == PriceKind.ON_REQUEST) && section == Section.CLINIC) {
            flags.add(Flag.NO_PRICE);
        }
        if (kind == PriceKind.UNREADABLE) {
            flags.add(Flag.PRICE_UNREADABLE);
        }
        if (kind.hasAmount() && kind != PriceKind.FREE) {
            if (!o.courseCost().isKnown()) {
                flags.add(Flag.COURSE_COST_UNKNOWN);
            }
            if (o.price().currencyAssumed()) {
                flags.add(Flag.CURRENCY_ASSUMED);
            }
            if (o.courseCost().isUnconverted() || (!o.courseCost().isKnown() && o.price().currency() == null)) {
                flags.add(Flag.NO_EXCHANGE_RATE);
            }
        }
    }
}
