package org.cellcompare.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationsTests {

    @ParameterizedTest(name = "{0} -> {1} days")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            14-day programme            | 14
            10 nights hotel             | 10
            2 weeks of rehabilitation   | 14
            tratamiento de 21 días      | 21
            tres semanas                | 21
            airport transfer            | -
            """)
    void readsTheLengthOfACourse(String text, Integer days) {
        assertThat(Durations.days(text)).isEqualTo(days);
    }

    @ParameterizedTest(name = "{0} -> {1} injections")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            8 injections                                    | 8
            two intrathecal injections three months apart   | 2
            4 sesiones                                      | 4
            cuatro inyecciones                              | 4
            Phase 2, 40 children aged 2 to 15               | -
            """)
    void readsTheInjectionsOfACourse(String text, Integer injections) {
        assertThat(Durations.injections(text)).isEqualTo(injections);
    }
}
