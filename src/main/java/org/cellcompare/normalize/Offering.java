package org.cellcompare.normalize;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.cellcompare.ingest.InputProblem;
import org.cellcompare.normalize.CellSource.CellOrigin;

/**
 * One offering as understood: every value normalized, the text as written kept beside it, and
 * the cells that could not be used listed as input problems for the analyst.
 */
public record Offering(
        String file, String sheet, int row,
        String provider, String countryCode, String countryText, String city, String program,
        ParsedPrice price, PriceBasis basis, Integer injections, Integer days, CourseCost courseCost,
        String includes,
        Set<CellSource> cellSources, CellOrigin cellOrigin, String cellSourceText,
        Set<Route> routes, String routeText,
        RegulatoryStatus regulatoryStatus, String regulatoryText,
        String registrationText, List<RegistryMatch> registrations,
        PatientPays patientPays,
        String claimsText, List<String> claims,
        String sourceText, String sourceLink,
        LocalDate lastVerified,
        String duplicateKey,
        List<InputProblem> problems) {

    /** The first registration that makes this a registered trial, or null. */
    public RegistryMatch trialRegistration() {
        return registrations.stream().filter(RegistryMatch::qualifiesAsTrial).findFirst().orElse(null);
    }

    public boolean isRegisteredTrial() {
        return trialRegistration() != null;
    }

    /** "file, sheet Clinics, row 7" */
    public String location() {
        return sheet == null ? file + ", row " + row : file + ", sheet " + sheet + ", row " + row;
    }
}
