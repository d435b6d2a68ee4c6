package org.cellcompare.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.cellcompare.normalize.CellSource.CellOrigin;

class VocabulariesTests {

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            autologous cord blood                     | AUTOLOGOUS_CORD_BLOOD | AUTOLOGOUS
            allogeneic cord blood (sibling)           | ALLOGENEIC_CORD_BLOOD | ALLOGENEIC
            UC-MSC                                    | UMBILICAL_CORD_MSC    | ALLOGENEIC
            Wharton's jelly MSCs                      | UMBILICAL_CORD_MSC    | ALLOGENEIC
            células madre de cordón umbilical         | UMBILICAL_CORD_MSC    | ALLOGENEIC
            BMMNC                                     | BONE_MARROW_MNC       | AUTOLOGOUS
            autologous bone-marrow mononuclear cells  | BONE_MARROW_MNC       | AUTOLOGOUS
            médula ósea                               | BONE_MARROW_MNC       | AUTOLOGOUS
            BM-MSC                                    | BONE_MARROW_MSC       | UNKNOWN
            células mesenquimales de médula ósea      | BONE_MARROW_MSC       | UNKNOWN
            adipose derived (SVF)                     | ADIPOSE_DERIVED       | AUTOLOGOUS
            placental                                 | PLACENTAL_AMNIOTIC    | ALLOGENEIC
            neural progenitor cells                   | NEURAL_PROGENITOR     | ALLOGENEIC
            fetal stem cells                          | EMBRYONIC_OR_FETAL    | ALLOGENEIC
            exosomes                                  | CELL_FREE             | UNKNOWN
            stem cells                                | UNSPECIFIED           | UNKNOWN
            sangre de cordón umbilical autóloga       | AUTOLOGOUS_CORD_BLOOD | AUTOLOGOUS
            sangre de cordón de donante               | ALLOGENEIC_CORD_BLOOD | ALLOGENEIC
            células madre mesenquimales de tejido adiposo | ADIPOSE_DERIVED   | AUTOLOGOUS
            exosomas                                  | CELL_FREE             | UNKNOWN
            células embrionarias                      | EMBRYONIC_OR_FETAL    | ALLOGENEIC
            células de placenta y amnios              | PLACENTAL_AMNIOTIC    | ALLOGENEIC
            """)
    void readsCellSources(String text, CellSource source, CellOrigin origin) {
        Vocabularies.CellSourceReading reading = Vocabularies.cellSources(text);

        assertThat(reading.sources()).containsExactly(source);
        assertThat(reading.origin()).isEqualTo(origin);
        assertThat(reading.recognised()).isTrue();
    }

    @Test
    void unqualifiedCordBloodKeepsItsOriginUnknown() {
        Vocabularies.CellSourceReading reading = Vocabularies.cellSources("cord blood");

        assertThat(reading.origin()).isEqualTo(CellOrigin.UNKNOWN);
    }

    @Test
    void textThatNamesNoCellsIsNotRecognised() {
        assertThat(Vocabularies.cellSources("special formula").recognised()).isFalse();
        assertThat(Vocabularies.cellSources("").recognised()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            IV                                       | INTRAVENOUS
            IV + IT                                  | INTRAVENOUS,INTRATHECAL
            iv and it                                | INTRAVENOUS,INTRATHECAL
            intravenously and via lumbar puncture    | INTRAVENOUS,INTRATHECAL
            intratecal                               | INTRATHECAL
            intravenosa e intratecal                 | INTRAVENOUS,INTRATHECAL
            IM                                       | INTRAMUSCULAR
            intra-arterial and intrathecal           | INTRATHECAL,INTRA_ARTERIAL
            intracerebral (stereotactic)             | INTRACEREBRAL
            intraventricular                         | INTRACEREBRAL
            intranasal and IV                        | INTRAVENOUS,INTRANASAL
            LP                                       | INTRATHECAL
            subcutaneous                             | SUBCUTANEOUS
            intravenosa                              | INTRAVENOUS
            punción lumbar e intramuscular           | INTRATHECAL,INTRAMUSCULAR
            endovenosa e intraarterial               | INTRAVENOUS,INTRA_ARTERIAL
            subcutánea                               | SUBCUTANEOUS
            vía nasal                                | INTRANASAL
            """)
    void readsEveryRouteOfARow(String text, String routes) {
        Set<Route> expected = Set.of(Arrays.stream(routes.split(",")).map(Route::valueOf).toArray(Route[]::new));

        assertThat(Vocabularies.routes(text).routes()).isEqualTo(expected);
    }

    @Test
    void itAsAnEnglishWordIsNotARoute() {
        assertThat(Vocabularies.routes("given as it suits the patient, by drip").routes()).containsExactly(Route.INTRAVENOUS);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            approved                         | APPROVED_PRODUCT
            registered trial                 | REGISTERED_TRIAL
            clinical study                   | REGISTERED_TRIAL
            hospital exemption               | SPECIAL_EXEMPTION
            uso compasivo                    | SPECIAL_EXEMPTION
            unregulated                      | UNREGULATED
            not approved                     | UNREGULATED
            unknown                          | UNKNOWN
            approved by the ethics committee | UNKNOWN
            """)
    void readsRegulatoryStatus(String text, RegulatoryStatus status) {
        assertThat(Vocabularies.regulatoryStatus(text)).isEqualTo(status);
    }

    @Test
    void readsPatientPays() {
        assertThat(Vocabularies.patientPays("yes")).isEqualTo(PatientPays.YES);
        assertThat(Vocabularies.patientPays("Sí")).isEqualTo(PatientPays.YES);
        assertThat(Vocabularies.patientPays("no")).isEqualTo(PatientPays.NO);
        assertThat(Vocabularies.patientPays("")).isEqualTo(PatientPays.UNKNOWN);
        assertThat(Vocabularies.patientPays("perhaps")).isNull();
    }
}
