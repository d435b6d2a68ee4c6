package org.cellcompare.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cellcompare.support.Offerings.clinic;
import static org.cellcompare.support.Offerings.trial;
import static org.cellcompare.support.Offerings.with;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import org.cellcompare.ingest.OfferingColumn;
import org.cellcompare.rank.Flag;
import org.cellcompare.rank.OfferingStore;
import org.cellcompare.rank.OfferingTable;
import org.cellcompare.rank.Ranking;
import org.cellcompare.rank.Section;
import org.cellcompare.rank.StagedOffering;
import org.cellcompare.support.Offerings;
import org.cellcompare.support.TestDatabase;

/** The orderings of the spec, one rule per test, on real staged rows and the real ranking SQL. */
class RankedOrderTests {

    private static final long RUN = 7;

    @Test
    void clinicsRankByConcernLevelFirst() {
        List<String> order = clinics(
                with(clinic("Cheap but claims a cure", "Mexico", "USD 5,000"), OfferingColumn.CLAIMS, "cure guaranteed"),
                clinic("Dearer but plain", "Mexico", "USD 20,000"));

        assertThat(order).containsExactly("Dearer but plain", "Cheap but claims a cure");
    }

    @Test
    void clinicsOfTheSameConcernRankByCourseCostInTheReportingCurrency() {
        List<String> order = clinics(
                clinic("Baht clinic", "Thailand", "฿450,000"),
                clinic("Dollar clinic", "Thailand", "USD 12,000"),
                clinic("Rupee clinic", "India", "₹4.5 lakh"));

        assertThat(order).containsExactly("Rupee clinic", "Dollar clinic", "Baht clinic");
    }

    @Test
    void unpricedClinicsComeLastWithinTheirConcernLevel() {
        Offerings offerings = new Offerings(Offerings.withPoints(Flag.NO_PRICE, 0));
        List<String> order = rank(offerings, Section.CLINIC, List.of(
                clinic("No price", "Mexico", "Contact us"),
                clinic("Priced", "Mexico", "USD 30,000")));

        assertThat(order).containsExactly("Priced", "No price");
    }

    @Test
    void clinicTiesAreBrokenByProviderNameWhateverTheInputOrder() {
        List<Map<OfferingColumn, String>> rows = new ArrayList<>(List.of(
                clinic("Zeta Clinic", "Mexico", "USD 10,000"),
                clinic("alpha clinic", "Mexico", "USD 10,000"),
                clinic("Mu Clinic", "Mexico", "USD 10,000")));
        List<String> forward = rank(new Offerings(), Section.CLINIC, rows);
        Collections.reverse(rows);
        List<String> backward = rank(new Offerings(), Section.CLINIC, rows);

        assertThat(forward).containsExactly("alpha clinic", "Mu Clinic", "Zeta Clinic");
        assertThat(backward).isEqualTo(forward);
    }

    @Test
    void trialsRankOpenForRecruitmentFirstThenLaterPhaseFirst() {
        List<String> order = rank(new Offerings(), Section.TRIAL, List.of(
                trial("Active, phase 2/3", "NCT03987654"),
                trial("Not yet recruiting, phase 1", "NCT05022222"),
                trial("Recruiting, phase 2", "NCT04512345")));

        assertThat(order).containsExactly("Recruiting, phase 2", "Not yet recruiting, phase 1", "Active, phase 2/3");
    }

    @Test
    void trialsRankByConcernLevelBeforeRecruitment() {
        List<String> order = rank(new Offerings(), Section.TRIAL, List.of(
                with(trial("Recruiting but charges", "NCT04512345"), OfferingColumn.PATIENT_PAYS, "yes"),
                trial("Closed long ago", "NCT02569775")));

        assertThat(order).containsExactly("Closed long ago", "Recruiting but charges");
    }

    @Test
    void overridingPointsChangesTheRanking() {
        List<Map<OfferingColumn, String>> rows = List.of(
                with(clinic("Lumbar puncture clinic", "Mexico", "USD 5,000"), OfferingColumn.ROUTE, "lumbar puncture"),
                clinic("Vein clinic", "Mexico", "USD 9,000"));

        List<String> defaults = rank(new Offerings(), Section.CLINIC, rows);
        List<String> stricter = rank(new Offerings(Offerings.withPoints(Flag.INTRATHECAL_ROUTE, 40)), Section.CLINIC, rows);

        assertThat(defaults).containsExactly("Lumbar puncture clinic", "Vein clinic");
        assertThat(stricter).containsExactly("Vein clinic", "Lumbar puncture clinic");
    }

    @Test
    void rankedRowsAreReadInTheOrderOfTheIndexWithoutSortingThemAgain() {
        JdbcTemplate jdbc = TestDatabase.create();
        OfferingTable.create(jdbc, RUN);
        new ReportQueries(jdbc).prepareRankOrder(RUN);

        String plan = jdbc.queryForObject("EXPLAIN " + ReportQueries.rankedQuery(RUN), String.class, Section.CLINIC.name());

        assertThat(plan).contains(OfferingTable.ranked(RUN).toUpperCase() + "_RANKED").contains("/* index sorted */");
    }

    private static List<String> clinics(Map<OfferingColumn, String>... rows) {
        return rank(new Offerings(), Section.CLINIC, List.of(rows));
    }

    private static List<String> rank(Offerings offerings, Section section, List<Map<OfferingColumn, String>> rows) {
        JdbcTemplate jdbc = TestDatabase.create();
        OfferingTable.create(jdbc, RUN);
        List<StagedOffering> staged = rows.stream().map(offerings::staged).toList();
        new OfferingStore(jdbc).insert(RUN, staged);
        new Ranking(jdbc, offerings.scorer(), offerings.concern()).rank(RUN);
        ReportQueries queries = new ReportQueries(jdbc);
        queries.prepareRankOrder(RUN);
        List<String> providers = new ArrayList<>();
        queries.forEachRanked(RUN, section, row -> providers.add(row.shown().provider()));
        return providers;
    }
}
