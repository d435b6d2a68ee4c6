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
        store.save(RUN, 400L, List.of(problem("clinics.csv", "offering row")));
        store.replace(RUN + 1, "rates", List.of(problem("rates/extra-rates.csv", "another run")));

        store.replace(RUN, "rates", List.of(problem("rates/extra-rates.csv", "found again"),
                problem("rates/eurofxref-hist.zip", "found again")));

        assertThat(reasons(RUN)).containsExactly("clinics.csv: offering row", "rates/eurofxref-hist.zip: found again",
                "rates/extra-rates.csv: found again", "registry/ctg-studies.csv: registry");
        assertThat(reasons(RUN + 1)).containsExactly("rates/extra-rates.csv: another run");
    }

    @Test
    void aChunksProblemsCarryWhereTheChunkBeganReadingAndAFoldersCarryNone() {
        store.save(RUN, 400L, List.of(problem("clinics.csv", "offering row")));
        store.replace(RUN, "rates", List.of(problem("rates/extra-rates.csv", "rates")));

        assertThat(jdbc.queryForList("SELECT file || ' ' || COALESCE(CAST(read_from AS VARCHAR), '-') FROM cc_input_problem"
                + " ORDER BY file", String.class)).containsExactly("clinics.csv 400", "rates/extra-rates.csv -");
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
