package org.cellcompare.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cellcompare.support.Offerings.clinic;
import static org.cellcompare.support.Offerings.with;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import org.cellcompare.ingest.OfferingColumn;
import org.cellcompare.support.Offerings;
import org.cellcompare.support.TestDatabase;

class RankingTests {

    private static final long RUN = 1;

    private final JdbcTemplate jdbc = withRunTable(TestDatabase.create());
    private final Offerings offerings = new Offerings();
    private final OfferingStore store = new OfferingStore(jdbc);
    private final Ranking ranking = new Ranking(jdbc, offerings.scorer(), offerings.concern());

    @Test
    void mergesDuplicatesIntoTheMostRecentlyVerifiedRowAndKeepsTheirWarningSigns() {
        Map<OfferingColumn, String> pacific = with(clinic("Pacific Cell Therapy", "Mexico", "USD 15,000"),
                OfferingColumn.PROGRAM, "Neuro Restore");
        store.stage(RUN, 1, List.of(
                offerings.staged("survey.xlsx", with(pacific, OfferingColumn.LAST_VERIFIED, "2026-10-01")),
                offerings.staged("latam.csv", with(with(pacific, OfferingColumn.LAST_VERIFIED, "2026-06-01"),
                        OfferingColumn.CLAIMS, "Cura garantizada")),
                offerings.staged("other.csv", clinic("Another Clinic", "Mexico", "USD 9,000"))));
        List<Map<String, Object>> staged = stagedRows();

        Ranking.Result result = ranking.rank(RUN);

        assertThat(result.duplicateGroups()).isEqualTo(1);
        assertThat(result.merged()).isEqualTo(1);
        Map<String, Object> survivor = rows("c.survivor IS NOT FALSE").stream()
                .filter(row -> row.get("PROVIDER").equals("Pacific Cell Therapy")).findFirst().orElseThrow();
        assertThat(survivor.get("FILE")).isEqualTo("survey.xlsx");
        assertThat((String) survivor.get("FLAGS")).contains("CURE_CLAIM");
        assertThat((Integer) survivor.get("SCORE")).isEqualTo(60);
        assertThat((Integer) survivor.get("CONCERN_LEVEL")).isEqualTo(ConcernLevel.HIGH.ordinal());
        // what ranking decided is in the ranking table only: the staged rows are as they were
        assertThat(stagedRows()).isEqualTo(staged);
        assertThat((String) survivor.get("ALSO_LISTED_IN")).isEqualTo("latam.csv, row 3");
        assertThat(rows("NOT c.survivor")).singleElement()
                .satisfies(merged -> assertThat(merged.get("FILE")).isEqualTo("latam.csv"));
    }

    @Test
    void flagsClinicsFarAboveTheMedianCourseCost() {
        store.stage(RUN, 1, List.of(
                offerings.staged(clinic("A", "Mexico", "USD 10,000")),
                offerings.staged(clinic("B", "Mexico", "USD 12,000")),
                offerings.staged(clinic("C", "Mexico", "USD 14,000")),
                offerings.staged(clinic("D", "Mexico", "USD 100,000"))));

        Ranking.Result result = ranking.rank(RUN);

        assertThat(result.clinicMedian()).isEqualByComparingTo("13000");
        assertThat(result.outliers()).isEqualTo(1);
        assertThat(rows("COALESCE(c.flags, r.flags) LIKE '%PRICE_OUTLIER%'")).extracting(row -> row.get("PROVIDER")).containsExactly("D");
    }

    @Test
    void onlyClinicsNotMergedIntoAnotherCountTowardsTheMedian() {
        store.stage(RUN, 1, List.of(
                offerings.staged("a.csv", clinic("A", "Mexico", "USD 10,000")),
                offerings.staged("a.csv", clinic("B", "Mexico", "USD 12,000")),
                offerings.staged("a.csv", clinic("C", "Mexico", "USD 14,000")),
                offerings.staged("b.csv", clinic("C", "Mexico", "USD 14,000")),
                offerings.staged("b.csv", with(Offerings.trial("A trial that charges", "NCT04512345"), OfferingColumn.PRICE,
                        "USD 90,000"))));

        Ranking.Result result = ranking.rank(RUN);

        assertThat(result.merged()).isEqualTo(1);
        assertThat(result.clinicMedian()).isEqualByComparingTo("12000");
    }

    @Test
    void mergesAnOfferingListedMoreOftenThanOneQueryLooksUp() {
        Map<OfferingColumn, String> pacific = clinic("Pacific Cell Therapy", "Mexico", "USD 15,000");
        List<StagedOffering> rows = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            rows.add(offerings.staged(String.format("listing-%04d.csv", i), pacific));
        }
        rows.add(offerings.staged("other.csv", clinic("Another Clinic", "Mexico", "USD 9,000")));
        store.stage(RUN, 1, rows);

        Ranking.Result result = ranking.rank(RUN);

        assertThat(result.duplicateGroups()).isEqualTo(1);
        assertThat(result.merged()).isEqualTo(1_199);
        assertThat(rows("c.survivor IS NOT FALSE")).extracting(row -> row.get("FILE")).containsExactly("listing-0000.csv", "other.csv");
    }

    @Test
    void keepsApartOfferingsWhoseKeysOnlyShareTheirHash() {
        store.stage(RUN, 1, List.of(
                offerings.staged("a.csv", clinic("Pacific Cell Therapy", "Mexico", "USD 15,000")),
                offerings.staged("b.csv", clinic("Pacific Cell Therapy", "Mexico", "USD 15,000")),
                offerings.staged("b.csv", clinic("Atlantic Cell Therapy", "Mexico", "USD 15,000"))));
        // as if two different keys had hashed alike
        jdbc.update("UPDATE " + OfferingTable.name(RUN) + " SET duplicate_hash = 42");

        Ranking.Result result = ranking.rank(RUN);

        assertThat(result.duplicateGroups()).isEqualTo(1);
        assertThat(result.merged()).isEqualTo(1);
        assertThat(rows("c.survivor IS NOT FALSE")).extracting(row -> row.get("PROVIDER"))
                .containsExactlyInAnyOrder("Pacific Cell Therapy", "Atlantic Cell Therapy");
    }

    @Test
    void bandsEverySurvivorAndGivesTheSameResultWhenRunAgain() {
        store.stage(RUN, 1, List.of(
                offerings.staged(clinic("A", "Mexico", "USD 10,000")),
                offerings.staged(with(clinic("B", "Mexico", "USD 12,000"), OfferingColumn.CLAIMS, "guaranteed cure"))));

        ranking.rank(RUN);
        List<Map<String, Object>> first = rows("TRUE");
        ranking.rank(RUN);
        List<Map<String, Object>> second = rows("TRUE");

        assertThat(first).isEqualTo(second);
        assertThat(first).extracting(row -> row.get("CONCERN_LEVEL")).containsExactly(1, 2);
    }

    private static JdbcTemplate withRunTable(JdbcTemplate jdbc) {
        OfferingTable.create(jdbc, RUN);
        return jdbc;
    }

    private List<Map<String, Object>> stagedRows() {
        return jdbc.queryForList("SELECT * FROM " + OfferingTable.name(RUN) + " ORDER BY id");
    }

    /**
     * The run's staged rows that meet a condition, in staging order, with what ranking changed of
     * them in place of what was staged, and the provider read back from what is shown.
     */
    private List<Map<String, Object>> rows(String condition) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT o.id, o.file, COALESCE(c.flags, r.flags) AS flags,"
                + " COALESCE(c.score, r.score) AS score, COALESCE(c.concern_level, r.concern_level) AS concern_level,"
                + " c.also_listed_in, r.shown FROM " + OfferingTable.name(RUN) + " o JOIN "
                + OfferingTable.ranked(RUN) + " r ON r.id = o.id LEFT JOIN " + OfferingTable.ranking(RUN)
                + " c ON c.id = o.id WHERE " + condition + " ORDER BY o.id");
        rows.forEach(row -> row.put("PROVIDER", ShownOfferingCodec.decode((byte[]) row.remove("SHOWN")).provider()));
        return rows;
    }
}
