package org.cellcompare.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A registry export's own date is the one in its name, when it holds a real day; a ClinicalTrials.gov export has none. */
class ExportDatesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "ctg-studies-2026-10-05.csv          | 2026-10-05",
            "ctg-studies_20261005.csv            | 2026-10-05",
            "export 2026.10.05.csv               | 2026-10-05",
            "2026_11_30 cerebral palsy.csv       | 2026-11-30",
            "ctg-studies.csv                     | none",
            "clinicaltrials-gov-download.csv     | none",
            "ctg-2026-13-40.csv                  | none",
            "ctg-2026-02-30.csv                  | none",
            "ctg-2026-10_05.csv                  | none",
            "trials-1999-12-31.csv               | none",
            "trials-2030-01-01.csv               | none",
            "NCT20261005123.csv                  | none",
            "ctg-2026-02-30-then-2026-03-02.csv  | 2026-03-02",
    })
    void readsAWholePlausibleDateFromTheName(String name, LocalDate expected) {
        assertThat(ExportDates.dateInName(name, TODAY)).isEqualTo(Optional.ofNullable(expected));
    }
}
