package org.cellcompare.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistryIdsTests {

    /**
     * One real registration per registry, as published in papers and registry records (the REPEC
     * line follows the Peruvian registry's published PER-NNN-YY format), written as people type them.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            NCT02569775                  | CLINICALTRIALS_GOV | NCT02569775           | https://clinicaltrials.gov/study/NCT02569775
            nct 0256 9775                | CLINICALTRIALS_GOV | NCT02569775           | https://clinicaltrials.gov/study/NCT02569775
            ChiCTR2000029308             | CHICTR             | ChiCTR2000029308      | https://trialsearch.who.int/Trial2.aspx?TrialID=ChiCTR2000029308
            chictr-ior-16009737          | CHICTR             | ChiCTR-IOR-16009737   | https://trialsearch.who.int/Trial2.aspx?TrialID=ChiCTR-IOR-16009737
            CTRI/2020/02/023129          | CTRI               | CTRI/2020/02/023129   | https://trialsearch.who.int/Trial2.aspx?TrialID=CTRI%2F2020%2F02%2F023129
            ctri / 2020 / 08 / 027368    | CTRI               | CTRI/2020/08/027368   | https://trialsearch.who.int/Trial2.aspx?TrialID=CTRI%2F2020%2F08%2F027368
            ISRCTN50189673               | ISRCTN             | ISRCTN50189673        | https://www.isrctn.com/ISRCTN50189673
            EudraCT 2020-001113-21       | EUDRACT            | 2020-001113-21        | https://www.clinicaltrialsregister.eu/ctr-search/search?query=2020-001113-21
            EU CT 2022-502228-34-00      | EU_CT              | 2022-502228-34-00     | https://euclinicaltrials.eu/search-for-clinical-trials/?lang=en&EUCT=2022-502228-34-00
            ACTRN12615000999538          | ANZCTR             | ACTRN12615000999538   | https://www.anzctr.org.au/ACTRN12615000999538.aspx
            jRCTs031180159               | JRCT               | jRCTs031180159        | https://jrct.mhlw.go.jp/en-latest-detail/jRCTs031180159
            JRCT2080223886               | JRCT               | jRCT2080223886        | https://jrct.mhlw.go.jp/en-latest-detail/jRCT2080223886
            UMIN000021177                | UMIN               | UMIN000021177         | https://trialsearch.who.int/Trial2.aspx?TrialID=UMIN000021177
            KCT0009855                   | CRIS               | KCT0009855            | https://trialsearch.who.int/Trial2.aspx?TrialID=KCT0009855
            IRCT20200722048176N1         | IRCT               | IRCT20200722048176N1  | https://trialsearch.who.int/Trial2.aspx?TrialID=IRCT20200722048176N1
            DRKS00024015                 | DRKS               | DRKS00024015          | https://drks.de/search/en/trial/DRKS00024015
            PACTR201609001751384         | PACTR              | PACTR201609001751384  | https://trialsearch.who.int/Trial2.aspx?TrialID=PACTR201609001751384
            TCTR20170511001              | TCTR               | TCTR20170511001       | https://trialsearch.who.int/Trial2.aspx?TrialID=TCTR20170511001
            SLCTR/2017/032               | SLCTR              | SLCTR/2017/032        | https://trialsearch.who.int/Trial2.aspx?TrialID=SLCTR%2F2017%2F032
            RBR-7jmj48v                  | REBEC              | RBR-7jmj48v           | https://trialsearch.who.int/Trial2.aspx?TrialID=RBR-7jmj48v
            LBCTR2019070214              | LBCTR              | LBCTR2019070214       | https://trialsearch.who.int/Trial2.aspx?TrialID=LBCTR2019070214
            ITMCTR2200005551             | ITMCTR             | ITMCTR2200005551      | https://trialsearch.who.int/Trial2.aspx?TrialID=ITMCTR2200005551
            NL-OMON57760                 | NL_OMON            | NL-OMON57760          | https://trialsearch.who.int/Trial2.aspx?TrialID=NL-OMON57760
            RPCEC00000444                | RPCEC              | RPCEC00000444         | https://trialsearch.who.int/Trial2.aspx?TrialID=RPCEC00000444
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
