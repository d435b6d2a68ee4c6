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
            fıve days                   | 5
            FİVE DAYS                   | 5
            airport transfer            | -
            """)
    void readsTheLengthOfACourse(String text, Integer days) {
        assertThat(Durations.days(text)).isEqualTo(days);
    }

    @ParameterizedTest(name = "{0} -> {1} days")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            5–6 weeks                   | 39
            5-6 weeks                   | 39
            5 to 6 weeks                | 39
            five to six weeks           | 39
            5 or 6 weeks                | 39
            between 5 and 6 weeks       | 39
            de 5 a 6 semanas            | 39
            entre 5 y 6 semanas         | 39
            cinco o seis semanas        | 39
            10–14 days                  | 12
            10 - 14 días                | 12
            10—14 days                  | 12
            a 10-14-day stay            | 12
            1-2 months                  | 45
            2 to 3 meses                | 75
            14-3 weeks                  | 21
            """)
    void takesTheMiddleOfARangeRoundedHalfUp(String text, Integer days) {
        assertThat(Durations.days(text)).isEqualTo(days);
    }

    @ParameterizedTest(name = "{0} -> {1} days")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            two months                  | 60
            2 months                    | 60
            1 month                     | 30
            a 3-month programme         | 90
            dos meses                   | 60
            3 meses                     | 90
            un mes                      | -
            once a month                | -
            2 mesenchymal injections    | -
            1.5 months                  | -
            """)
    void readsAMonthAsThirtyDays(String text, Integer days) {
        assertThat(Durations.days(text)).isEqualTo(days);
    }

    @ParameterizedTest(name = "{0} -> {1} days")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            two intrathecal injections three months apart                 | -
            Phase 2, 40 children aged 2 to 15 ; two injections three months apart | -
            follow-up at 6 months                                         | -
            after 3 months                                                | -
            every 2 months                                                | -
            6 months later                                                | -
            children aged 2 to 15                                         | -
            infants aged 6 to 18 months                                   | -
            a 6-month-old child                                           | -
            12-month follow-up                                            | -
            follow-up of 12 months                                        | -
            3 months post-transplant                                      | -
            6 months of age                                               | -
            seguimiento de 12 meses                                       | -
            a los 6 meses                                                 | -
            cada 2 meses                                                  | -
            3 meses después                                               | -
            niños de 6 a 18 meses de edad                                 | -
            injections every 2 weeks                                      | -
            two injections 10 days apart                                  | -
            2 months of rehabilitation, follow-up at 6 months             | 60
            follow-up at 6 months; 3 weeks in hospital                    | 21
            cada 2 meses, estancia de 10 días                             | 10
            """)
    void readsNoStayInAnIntervalOrAnAge(String text, Integer days) {
        assertThat(Durations.days(text)).isEqualTo(days);
    }

    @ParameterizedTest(name = "{0} -> {1} days")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2 months, of which 10 days in hospital    | 10
            3 weeks, then 2 months at home            | 21
            1-2 months, 5 to 6 weeks                  | 39
            """)
    void readsDaysBeforeWeeksAndWeeksBeforeMonths(String text, Integer days) {
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
