package org.cellcompare.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

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
