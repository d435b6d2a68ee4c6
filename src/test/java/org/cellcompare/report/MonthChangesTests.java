package org.cellcompare.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cellcompare.support.Offerings.clinic;
import static org.cellcompare.support.Offerings.with;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import org.cellcompare.ingest.OfferingColumn;
import org.cellcompare.rank.OfferingStore;
import org.cellcompare.rank.OfferingTable;
import org.cellcompare.rank.Ranking;
import org.cellcompare.rank.StagedOffering;
import org.cellcompare.support.Offerings;
import org.cellcompare.support.TestDatabase;

/** Two months staged and ranked with the real SQL, then compared as the Changes sheet compares them. */
class MonthChangesTests {

    private static final long OCTOBER = 1;
    private static final long NOVEMBER = 2;
    private static final Map<OfferingColumn, String> PACIFIC = clinic("Pacific Cell Therapy", "Mexico", "USD 15,000");

    private final Offerings offerings = new Offerings();
    private final JdbcTemplate jdbc = TestDatabase.create();

    @Test
    void rowsMergedIntoAnotherAreNeitherNewNorGone() {
        stage(OCTOBER, List.of(
                offerings.staged("a.csv", clinic("Alpha Clinic", "Mexico", "USD 10,000")),
                offerings.staged("b.csv", clinic("Alpha Clinic", "Mexico", "USD 10,000")),
                offerings.staged("a.csv", clinic("Beta Clinic", "Mexico", "USD 20,000"))));
        stage(NOVEMBER, List.of(
                offerings.staged("a.csv", clinic("Beta Clinic", "Mexico", "USD 20,000")),
                offerings.staged("a.csv", clinic("Alpha Clinic", "Mexico", "USD 10,000")),
                offerings.staged("c.csv", clinic("Beta Clinic", "Mexico", "USD 20,000"))));

        assertThat(changes()).isEmpty();
    }

    @Test
    void theBandComparedIsTheOneRankingGaveAfterMergingDuplicates() {
        stagePacificWithAMergedCureClaim(OCTOBER);
        stage(NOVEMBER, List.of(offerings.staged("survey.csv", PACIFIC)));

        assertThat(changes()).containsExactly("CONCERN Pacific Cell Therapy: High concern -> Moderate concern");
    }

    @Test
    void eachChangeIsFoundAmongThousandsOfUnchangedOfferings() {
        List<StagedOffering> october = new ArrayList<>();
        List<StagedOffering> november = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            Map<OfferingColumn, String> same = clinic("Clinic " + i, i % 2 == 0 ? "Mexico" : "Panama", "USD " + (10_000 + i));
            october.add(offerings.staged(same));
            november.add(offerings.staged(same));
        }
        october.add(offerings.staged(clinic("Claims later", "Mexico", "USD 9,000")));
        november.add(offerings.staged(with(clinic("Claims later", "Mexico", "USD 9,000"), OfferingColumn.CLAIMS,
                "cure guaranteed")));
        october.add(offerings.staged(clinic("Dearer", "Panama", "USD 10,000")));
        november.add(offerings.staged(clinic("Dearer", "Panama", "USD 11,000")));
        october.add(offerings.staged(clinic("Slightly dearer", "Panama", "USD 10,000")));
        november.add(offerings.staged(clinic("Slightly dearer", "Panama", "USD 10,500")));
        october.add(offerings.staged(clinic("Closed", "Mexico", "USD 8,000")));
        november.add(offerings.staged(clinic("Opened", "Mexico", "USD 7,000")));
        stage(OCTOBER, october);
        stage(NOVEMBER, november);

        assertThat(changes()).containsExactly(
                "CONCERN Claims later: Moderate concern -> High concern",
                "PRICE Dearer: 10,000 USD -> 11,000 USD (+10.0%)",
                "NEW Opened:  -> 7,000 USD",
                "GONE Closed: 8,000 USD -> ");
    }

    @Test
    void aCourseCostTooLargeForTheMatchersNumbersIsStillCompared() {
        stage(OCTOBER, List.of(offerings.staged(clinic("Huge", "Mexico", "USD 2,000,000,000,000,000"))));
        stage(NOVEMBER, List.of(offerings.staged(clinic("Huge", "Mexico", "USD 3,000,000,000,000,000"))));

        assertThat(changes()).containsExactly("PRICE Huge: 2,000,000,000,000,000 USD -> 3,000,000,000,000,000 USD (+50.0%)");
    }

    @Test
    void comparingAgainReplacesTheNotedChanges() {
        stage(OCTOBER, List.of(offerings.staged(clinic("Closed", "Mexico", "USD 8,000"))));
        stage(NOVEMBER, List.of(offerings.staged(clinic("Opened", "Mexico", "USD 7,000"))));

        assertThat(changes()).containsExactly("NEW Opened:  -> 7,000 USD", "GONE Closed: 8,000 USD -> ");
        assertThat(changes()).containsExactly("NEW Opened:  -> 7,000 USD", "GONE Closed: 8,000 USD -> ");
    }

    /** One offering listed twice; the older listing claims a cure, which merging gives the survivor. */
    private void stagePacificWithAMergedCureClaim(long runId) {
        stage(runId, List.of(
                offerings.staged("survey.csv", PACIFIC),
                offerings.staged("latam.csv", with(with(PACIFIC, OfferingColumn.LAST_VERIFIED, "2026-06-01"),
                        OfferingColumn.CLAIMS, "Cura garantizada"))));
    }

    private void stage(long runId, List<StagedOffering> rows) {
        OfferingTable.create(jdbc, runId);
        new OfferingStore(jdbc).stage(runId, 1, rows);
        new Ranking(jdbc, offerings.scorer(), offerings.concern()).rank(runId);
    }

    private List<String> changes() {
        List<String> changes = new ArrayList<>();
        new MonthChanges(jdbc).forEach(NOVEMBER, OCTOBER, BigDecimal.TEN, new ReportText(Bundles.messages(), Locale.ENGLISH),
                change -> changes.add(change.kind() + " " + change.provider() + ": " + change.before() + " -> " + change.now()));
        return changes;
    }
}
