package org.cellcompare.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cellcompare.support.Offerings.clinic;
import static org.cellcompare.support.Offerings.trial;
import static org.cellcompare.support.Offerings.with;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.cellcompare.ingest.OfferingColumn;
import org.cellcompare.normalize.Offering;
import org.cellcompare.support.Offerings;

class ConcernFlaggerTests {

    private final Offerings offerings = new Offerings();

    @Test
    void aClinicWithoutRegistrationIsCommercialAndFlagged() {
        Offering offering = offerings.offering(clinic("Sunrise", "Thailand", "฿450,000"));

        assertThat(ConcernFlagger.sectionOf(offering)).isEqualTo(Section.CLINIC);
        assertThat(offerings.flags(offering)).containsExactly(Flag.NO_REGISTRATION);
    }

    @Test
    void aRegisteredTrialThatChargesIsFlagged() {
        Map<OfferingColumn, String> trial = trial("University Hospital", "NCT04512345");
        Offering pays = offerings.offering(with(trial, OfferingColumn.PATIENT_PAYS, "yes"));
        Offering priced = offerings.offering(with(trial, OfferingColumn.PRICE, "USD 25,000"));
        Offering free = offerings.offering(with(trial, OfferingColumn.PRICE, "free"));

        assertThat(ConcernFlagger.sectionOf(pays)).isEqualTo(Section.TRIAL);
        assertThat(offerings.flags(pays)).contains(Flag.PAYS_TO_PARTICIPATE);
        assertThat(offerings.flags(priced)).contains(Flag.PAYS_TO_PARTICIPATE);
        assertThat(offerings.flags(free)).doesNotContain(Flag.PAYS_TO_PARTICIPATE, Flag.NO_PRICE);
    }

    @Test
    void aClosedTrialStillOfferedIsFlagged() {
        assertThat(offerings.flags(offerings.offering(trial("University Hospital", "NCT02569775")))).contains(Flag.TRIAL_CLOSED);
        assertThat(offerings.flags(offerings.offering(trial("University Hospital", "NCT04512345")))).doesNotContain(Flag.TRIAL_CLOSED);
    }

    @Test
    void registrationThatDoesNotHoldUpMakesACommercialClinic() {
        Offering malformed = offerings.offering(with(clinic("A", "Mexico", "USD 1"), OfferingColumn.REGISTRATION, "ChiCTR registered"));
        Offering missing = offerings.offering(with(clinic("B", "Mexico", "USD 1"), OfferingColumn.REGISTRATION, "NCT09999999"));
        Offering otherCondition = offerings.offering(with(clinic("C", "Mexico", "USD 1"), OfferingColumn.REGISTRATION, "NCT03111111"));

        assertThat(offerings.flags(malformed)).contains(Flag.REGISTRATION_MALFORMED, Flag.NO_REGISTRATION);
        assertThat(offerings.flags(missing)).contains(Flag.REGISTRATION_NOT_FOUND).doesNotContain(Flag.NO_REGISTRATION);
        assertThat(offerings.flags(otherCondition)).contains(Flag.REGISTRATION_NOT_CP);
        assertThat(ConcernFlagger.sectionOf(missing)).isEqualTo(Section.CLINIC);
        assertThat(ConcernFlagger.sectionOf(otherCondition)).isEqualTo(Section.CLINIC);
    }

    @Test
    void flagsWhatTheTreatmentIs() {
        Map<OfferingColumn, String> base = clinic("Kyiv", "Ukraine", "€9,800");
        base = with(base, OfferingColumn.CELL_SOURCE, "fetal stem cells");
        base = with(base, OfferingColumn.ROUTE, "intraventricular and lumbar puncture");
        base = with(base, OfferingColumn.CLAIMS, "Miracle results");
        base = with(base, OfferingColumn.INJECTIONS, "5");

        assertThat(offerings.flags(offerings.offering(base))).contains(Flag.EMBRYONIC_OR_FETAL_CELLS,
                Flag.BRAIN_OR_ARTERY_ROUTE, Flag.INTRATHECAL_ROUTE, Flag.CURE_CLAIM, Flag.MANY_INJECTIONS,
                Flag.ALLOGENEIC_CELLS);
    }

    @Test
    void flagsWhatTheRowDoesNotSay() {
        Map<OfferingColumn, String> texts = new EnumMap<>(OfferingColumn.class);
        texts.put(OfferingColumn.PROVIDER, "Global Network");
        texts.put(OfferingColumn.PRICE, "Contact us");
        texts.put(OfferingColumn.PROGRAM, "Treatment abroad");

        assertThat(offerings.flags(offerings.offering(texts))).contains(Flag.COUNTRY_NOT_STATED, Flag.NO_PRICE,
                Flag.CELLS_UNSPECIFIED, Flag.STALE_INFORMATION);
    }

    @Test
    void flagsPricesThatCannotBeCompared() {
        assertThat(offerings.flags(offerings.offering(clinic("A", "Mexico", "fifteen thousand dollars"))))
                .contains(Flag.PRICE_UNREADABLE);
        assertThat(offerings.flags(offerings.offering(clinic("B", "Mexico", "MX$45,000 per session"))))
                .contains(Flag.COURSE_COST_UNKNOWN);
        assertThat(offerings.flags(offerings.offering(clinic("C", "Peru", "S/ 38.000")))).contains(Flag.NO_EXCHANGE_RATE);
        assertThat(offerings.flags(offerings.offering(clinic("D", "Mexico", "$150,000")))).contains(Flag.CURRENCY_ASSUMED);
    }

    @Test
    void informationOlderThanAYearIsStale() {
        Map<OfferingColumn, String> texts = clinic("A", "Thailand", "฿1");

        assertThat(offerings.flags(offerings.offering(with(texts, OfferingColumn.LAST_VERIFIED, "2025-10-01"))))
                .contains(Flag.STALE_INFORMATION);
        assertThat(offerings.flags(offerings.offering(with(texts, OfferingColumn.LAST_VERIFIED, "2025-12-01"))))
                .doesNotContain(Flag.STALE_INFORMATION);
    }
}
