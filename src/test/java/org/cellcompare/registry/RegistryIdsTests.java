package org.cellcompare.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistryIdsTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            NCT02569775                  | CLINICALTRIALS_GOV | NCT02569775           | https://clinicaltrials.gov/study/NCT02569775
            nct 0256 9775                | CLINICALTRIALS_GOV | NCT02569775           | https://clinicaltrials.gov/study/NCT02569775
            ChiCTR2000031234             | CHICTR             | ChiCTR2000031234      | https://trialsearch.who.int/Trial2.aspx?TrialID=ChiCTR2000031234
            ChiCTR-TRC-12002567          | CHICTR             | ChiCTR-TRC-12002567   | https://trialsearch.who.int/Trial2.aspx?TrialID=ChiCTR-TRC-12002567
            CTRI/2019/05/019087          | CTRI               | CTRI/2019/05/019087   | https://trialsearch.who.int/Trial2.aspx?TrialID=CTRI%2F2019%2F05%2F019087
            ctri / 2019 / 05 / 019087    | CTRI               | CTRI/2019/05/019087   | https://trialsearch.who.int/Trial2.aspx?TrialID=CTRI%2F2019%2F05%2F019087
            ISRCTN12345678               | ISRCTN             | ISRCTN12345678        | https://www.isrctn.com/ISRCTN12345678
            EudraCT 2019-001234-56       | EUDRACT            | 2019-001234-56        | https://www.clinicaltrialsregister.eu/ctr-search/search?query=2019-001234-56
            2023-503456-12-00            | EU_CT              | 2023-503456-12-00     | https://euclinicaltrials.eu/search-for-clinical-trials/?lang=en&EUCT=2023-503456-12-00
            ACTRN12619000123456          | ANZCTR             | ACTRN12619000123456   | https://www.anzctr.org.au/ACTRN12619000123456.aspx
            jRCTs031180105               | JRCT               | jRCTs031180105        | https://jrct.mhlw.go.jp/en-latest-detail/jRCTs031180105
            UMIN000012345                | UMIN               | UMIN000012345         | https://trialsearch.who.int/Trial2.aspx?TrialID=UMIN000012345
            KCT0001234                   | CRIS               | KCT0001234            | https://trialsearch.who.int/Trial2.aspx?TrialID=KCT0001234
            IRCT20120215009014N1         | IRCT               | IRCT20120215009014N1  | https://trialsearch.who.int/Trial2.aspx?TrialID=IRCT20120215009014N1
            DRKS00012345                 | DRKS               | DRKS00012345          | https://drks.de/search/en/trial/DRKS00012345
            PACTR201509001234567         | PACTR              | PACTR201509001234567  | https://trialsearch.who.int/Trial2.aspx?TrialID=PACTR201509001234567
            TCTR20180201001              | TCTR               | TCTR20180201001       | https://trialsearch.who.int/Trial2.aspx?TrialID=TCTR20180201001
            SLCTR/2015/012               | SLCTR              | SLCTR/2015/012        | https://trialsearch.who.int/Trial2.aspx?TrialID=SLCTR%2F2015%2F012
            RBR-2f7m4n                   | REBEC              | RBR-2f7m4n            | https://trialsearch.who.int/Trial2.aspx?TrialID=RBR-2f7m4n
            LBCTR2019010123              | LBCTR              | LBCTR2019010123       | https://trialsearch.who.int/Trial2.aspx?TrialID=LBCTR2019010123
            ITMCTR2024000123             | ITMCTR             | ITMCTR2024000123      | https://trialsearch.who.int/Trial2.aspx?TrialID=ITMCTR2024000123
            NL-OMON12345                 | NL_OMON            | NL-OMON12345          | https://trialsearch.who.int/Trial2.aspx?TrialID=NL-OMON12345
            RPCEC00000287                | RPCEC              | RPCEC00000287         | https://trialsearch.who.int/Trial2.aspx?TrialID=RPCEC00000287
            PER-064-13                   | REPEC              | PER-064-13            | https://trialsearch.who.int/Trial2.aspx?TrialID=PER-064-13
            """)
    void findsAndLinksTheIdOfEveryRegistry(String text, Registry registry, String id, String link) {
        List<RegistryId> found = RegistryIds.find(text);

        assertThat(found).containsExactly(new RegistryId(registry, id));
        assertThat(found.get(0).link()).isEqualTo(link);
    }

    @Test
    void findsSeveralIdsInFreeText() {
        assertThat(RegistryIds.find("Registered as NCT02569775 and ChiCTR2000031234; see also NCT02569775"))
                .extracting(RegistryId::id).containsExactly("NCT02569775", "ChiCTR2000031234");
    }

    @Test
    void textThatClaimsRegistrationWithoutANumberHasNoId() {
        assertThat(RegistryIds.find("ChiCTR registered")).isEmpty();
        assertThat(RegistryIds.find("NCT pending")).isEmpty();
        assertThat(RegistryIds.find("NCT1234567")).isEmpty();
    }
}
