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
    void aSurvivorOfDuplicatesRanksByTheBandItsMergedWarningSignsGiveIt() {
        Offerings offerings = new Offerings();
        List<StagedOffering> rows = new ArrayList<>(pacificListedTwice(offerings));
        rows.add(offerings.staged("other.csv", clinic("Dearer but plain", "Mexico", "USD 20,000")));
        rows.add(offerings.staged("other.csv", with(clinic("Dearest, claims a cure", "Mexico", "USD 50,000"),
                OfferingColumn.CLAIMS, "cure guaranteed")));

        // staged alone, the cheaper Pacific row would come first; the cure claim merged into it moves it
        // down to the clinics claiming a cure, where it is the cheaper one
        assertThat(rankStaged(offerings, Section.CLINIC, rows))
                .containsExactly("Dearer but plain", "Pacific Cell Therapy", "Dearest, claims a cure");
    }

    @Test
    void aSurvivorMovedToTheEndOfTheRankingIsNotLost() {
        Offerings offerings = new Offerings();
        List<StagedOffering> rows = new ArrayList<>(pacificListedTwice(offerings));
        rows.add(offerings.staged("other.csv", clinic("Dearer but plain", "Mexico", "USD 20,000")));

        assertThat(rankStaged(offerings, Section.CLINIC, rows)).containsExactly("Dearer but plain", "Pacific Cell Therapy");
    }

    /** Pacific Cell Therapy as two files list it, the older listing with a cure claim. */
    private static List<StagedOffering> pacificListedTwice(Offerings offerings) {
        Map<OfferingColumn, String> pacific = clinic("Pacific Cell Therapy", "Mexico", "USD 5,000");
        return List.of(
                offerings.staged("survey.xlsx", with(pacific, OfferingColumn.LAST_VERIFIED, "2026-10-01")),
                offerings.staged("latam.csv", with(with(pacific, OfferingColumn.LAST_VERIFIED, "2026-06-01"),
                        OfferingColumn.CLAIMS, "cure guaranteed")));
    }

    @Test
    void rankedRowsAreReadInTheOrderOfTheIndexWithoutSortingThemAgain() {
        assertThat(planOf(ReportQueries.rankedQuery(RUN)))
                .contains(OfferingTable.ranked(RUN).toUpperCase() + "_RANKED").contains("/* index sorted */");
    }

    @Test
    void rowsWhoseBandChangedAreFoundFromTheRankingTableNotByScanningTheRankedRows() {
        assertThat(planOf(ReportQueries.movedQuery(RUN)))
                .contains(OfferingTable.ranking(RUN).toUpperCase() + ".tableScan").contains(": ID = C.ID");
    }

    /** H2's plan for a query of the report whose one parameter is the section, on a run's empty tables. */
    private static String planOf(String query) {
        JdbcTemplate jdbc = TestDatabase.create();
        OfferingTable.create(jdbc, RUN);
        new ReportQueries(jdbc).prepareRankOrder(RUN);
        return jdbc.queryForObject("EXPLAIN " + query, String.class, Section.CLINIC.name());
    }

    private static List<String> clinics(Map<OfferingColumn, String>... rows) {
        return rank(new Offerings(), Section.CLINIC, List.of(rows));
    }

    private static List<String> rank(Offerings offerings, Section section, List<Map<OfferingColumn, String>> rows) {
        return rankStaged(offerings, section, rows.stream().map(offerings::staged).toList());
    }

    private static List<String> rankStaged(Offerings offerings, Section section, List<StagedOffering> staged) {
        JdbcTemplate jdbc = TestDatabase.create();
        OfferingTable.create(jdbc, RUN);
        new OfferingStore(jdbc).stage(RUN, 1, staged);
        new Ranking(jdbc, offerings.scorer(), offerings.concern()).rank(RUN);
        ReportQueries queries = new ReportQueries(jdbc);
        queries.prepareRankOrder(RUN);
        List<String> providers = new ArrayList<>();
        queries.forEachRanked(RUN, section, row -> providers.add(row.shown().provider()));
        return providers;
    }
}
