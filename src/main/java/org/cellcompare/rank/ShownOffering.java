package org.cellcompare.rank;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.cellcompare.normalize.CellSource;
import org.cellcompare.normalize.CellSource.CellOrigin;
import org.cellcompare.normalize.CourseCost;
import org.cellcompare.normalize.Offering;
import org.cellcompare.normalize.PriceKind;
import org.cellcompare.normalize.RegistryMatch;
import org.cellcompare.normalize.Route;
import org.cellcompare.registry.TrialRecord;
import org.cellcompare.text.Texts;
import org.cellcompare.travel.TripEstimate;

/**
 * What a ranked sheet shows of one offering and ranking never changes. It is staged as one value,
 * so the database moves and sorts a row at the cost of a few columns, not thirty.
 */
public record ShownOffering(String provider, String countryCode, String countryText, String city, String program,
                            String priceText, PriceKind priceKind, BigDecimal courseAmount, String courseCurrency,
                            BigDecimal reportingAmount, BigDecimal reportingLow, BigDecimal reportingHigh,
                            Set<CellSource> cellSources, CellOrigin cellOrigin, String cellSourceText,
                            Set<Route> routes, String routeText, List<RegistryMatch> registrations,
                            String trialStatus, String trialPhase, Integer trialEnrollment, String trialSponsor,
                            String sourceText, String sourceLink, LocalDate lastVerified,
                            String file, String sheet, int row, TripEstimate trip) {

    public static ShownOffering of(Offering o, TripEstimate trip) {
        CourseCost cost = o.courseCost();
        RegistryMatch trial = o.trialRegistration();
        TrialRecord record = trial == null ? null : trial.record();
        return new ShownOffering(text(o.provider()), o.countryCode(), text(o.countryText()), text(o.city()),
                text(o.program()), text(o.price().text()), o.price().kind(), cost.amount(), cost.currency(),
                cost.reportingAmount(), cost.reportingLow(), cost.reportingHigh(), o.cellSources(), o.cellOrigin(),
                text(o.cellSourceText()), o.routes(), text(o.routeText()),
                o.registrations().stream().map(m -> new RegistryMatch(m.id(), m.check(), null)).toList(),
                record == null ? null : Texts.fit(record.statusLabel(), 100),
                record == null ? null : Texts.fit(record.phaseLabel(), 100),
                record == null ? null : record.enrollment(), record == null ? null : text(record.sponsor()),
                text(o.sourceText()), text(o.sourceLink()), o.lastVerified(), o.file(), o.sheet(), o.row(), trip);
    }

    /** Where the row came from, as the Input column says it. */
    public String input() {
        return sheet == null ? file + ", row " + row : file + ", sheet " + sheet + ", row " + row;
    }

    /** The registration numbers as the Registration column shows them. */
    public String registrationIds() {
        return registrations.stream().map(m -> m.id().id()).reduce((a, b) -> a + ", " + b).orElse(null);
    }

    private static String text(String value) {
        return Texts.fit(Texts.blankToNull(value), Texts.MAX_CELL_TEXT);
    }
}
