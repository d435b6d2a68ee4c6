package org.cellcompare.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.cellcompare.normalize.CellSource;
import org.cellcompare.normalize.CellSource.CellOrigin;
import org.cellcompare.normalize.PriceKind;
import org.cellcompare.normalize.RegistryMatch;
import org.cellcompare.normalize.Route;
import org.cellcompare.rank.ConcernLevel;
import org.cellcompare.rank.Flag;

/** One ranked offering as the workbook shows it. */
record RankedRow(String provider, String countryCode, String countryText, String city, String program,
                 String priceText, PriceKind priceKind, BigDecimal courseAmount, String courseCurrency,
                 BigDecimal reportingAmount, BigDecimal reportingLow, BigDecimal reportingHigh,
                 Set<CellSource> cellSources, CellOrigin cellOrigin, String cellSourceText,
                 Set<Route> routes, String routeText, List<RegistryMatch> registrations,
                 String trialStatus, String trialPhase, Integer trialEnrollment, String trialSponsor,
                 ConcernLevel concern, int score, Set<Flag> flags, String sourceText, String sourceLink,
                 LocalDate lastVerified, String file, String sheet, int row, String alsoListedIn) {

    String input() {
        return sheet == null ? file + ", row " + row : file + ", sheet " + sheet + ", row " + row;
    }
}
