package org.cellcompare.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerifiedDatesTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-15      | 2026-03-15
            15/09/2026      | 2026-09-15
            09/15/2026      | 2026-09-15
            15.03.2026      | 2026-03-15
            March 15, 2026  | 2026-03-15
            15 Mar 2026     | 2026-03-15
            2026-03         | 2026-03-01
            marzo 2026      | 2026-03-01
            """)
    void readsTheDatesAnalystsType(String text, LocalDate expected) {
        assertThat(VerifiedDates.read(text).date()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} in a report for {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1989-12-31 | 2026-11 | false
            1990-01-01 | 2026-11 | true
            2026-04-08 | 2026-11 | true
            2027-11-30 | 2026-11 | true
            2027-12-01 | 2026-11 | false
            2027-02-28 | 2026-02 | true
            2027-03-01 | 2026-02 | false
            """)
    void aSerialNumbersDayIsPlausibleFrom1990ToAYearAfterTheReportMonth(LocalDate day, YearMonth month, boolean plausible) {
        assertThat(VerifiedDates.isPlausibleSerialDate(day, month)).isEqualTo(plausible);
    }

    @Test
    void reportsADateThatCouldBeEitherWayRound() {
        VerifiedDates.ReadDate read = VerifiedDates.read("03/04/2026");

        assertThat(read.date()).isEqualTo(LocalDate.of(2026, 4, 3));
        assertThat(read.ambiguous()).isTrue();
    }

    @Test
    void textThatIsNotADateGivesNothing() {
        assertThat(VerifiedDates.read("last spring")).isNull();
        assertThat(VerifiedDates.read("2026-13-45")).isNull();
    }
}
