package org.cellcompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import org.cellcompare.ingest.InputProblem.Outcome;
import org.cellcompare.support.TestDatabase;

class InputProblemStoreTests {

    private static final long RUN = 3;

    private final JdbcTemplate jdbc = TestDatabase.create();
    private final InputProblemStore store = new InputProblemStore(jdbc);

    @Test
    void readingARatesFolderAgainReplacesItsProblemsAndLeavesEveryOtherFileAndRunAlone() {
        store.replace(RUN, "rates", List.of(problem("rates/extra-rates.csv", "left by a killed attempt")));
        store.replace(RUN, "registry", List.of(problem("registry/ctg-studies.csv", "registry")));
        store.save(RUN, List.of(problem("clinics.csv", "offering row")));
        store.replace(RUN + 1, "rates", List.of(problem("rates/extra-rates.csv", "another run")));

        store.replace(RUN, "rates", List.of(problem("rates/extra-rates.csv", "found again"),
                problem("rates/eurofxref-hist.zip", "found again")));

        assertThat(reasons(RUN)).containsExactly("clinics.csv: offering row", "rates/eurofxref-hist.zip: found again",
                "rates/extra-rates.csv: found again", "registry/ctg-studies.csv: registry");
        assertThat(reasons(RUN + 1)).containsExactly("rates/extra-rates.csv: another run");
    }

    @Test
    void aProblemFoundAgainAsAResumedRunFindsItIsListedOnceAndAnotherOnTheSameRowStill() {
        InputProblem price = new InputProblem("clinics.csv", "Clinics", 7, "Price", "ask", "No amount.", null, Outcome.VALUE_IGNORED);
        InputProblem date = new InputProblem("clinics.csv", "Clinics", 7, "Last verified", "soon", "No date.", null,
                Outcome.VALUE_IGNORED);

        store.save(RUN, List.of(price));
        store.save(RUN, List.of(price, date));
        store.save(RUN, List.of(price, date));

        assertThat(reasons(RUN)).containsExactly("clinics.csv: No amount.", "clinics.csv: No date.");
    }

    private static InputProblem problem(String file, String reason) {
        return new InputProblem(file, null, 2, null, null, reason, null, Outcome.ROW_LEFT_OUT);
    }

    private List<String> reasons(long runId) {
        List<String> reasons = new ArrayList<>();
        store.forEach(runId, p -> reasons.add(p.file() + ": " + p.reason()));
        return reasons;
    }
}
