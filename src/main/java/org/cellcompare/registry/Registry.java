package org.cellcompare.registry;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * ClinicalTrials.gov and the WHO primary registries, each with the address of a record's page.
 * Registries without a stable per-record address link to the WHO search portal (ICTRP), which
 * lists every primary registry's records.
 */
public enum Registry {
    CLINICALTRIALS_GOV("ClinicalTrials.gov", "https://clinicaltrials.gov/study/%s"),
    CHICTR("Chinese Clinical Trial Registry (ChiCTR)", null),
    CTRI("Clinical Trials Registry - India (CTRI)", null),
    ISRCTN("ISRCTN registry", "https://www.isrctn.com/%s"),
    EUDRACT("EU Clinical Trials Register (EudraCT)", "https://www.clinicaltrialsregister.eu/ctr-search/search?query=%s"),
    EU_CT("EU Clinical Trials Information System (CTIS)", "https://euclinicaltrials.eu/search-for-clinical-trials/?lang=en&EUCT=%s"),
    ANZCTR("Australian New Zealand Clinical Trials Registry (ANZCTR)", "https://www.anzctr.org.au/%s.aspx"),
    JRCT("Japan Registry of Clinical Trials (jRCT)", "https://jrct.mhlw.go.jp/en-latest-detail/%s"),
    UMIN("UMIN Clinical Trials Registry (Japan)", null),
    CRIS("Clinical Research Information Service (Korea, CRIS)", null),
    IRCT("Iranian Registry of Clinical Trials (IRCT)", null),
    DRKS("German Clinical Trials Register (DRKS)", "https://drks.de/search/en/trial/%s"),
    PACTR("Pan African Clinical Trials Registry (PACTR)", null),
    TCTR("Thai Clinical Trials Registry (TCTR)", null),
    SLCTR("Sri Lanka Clinical Trials Registry (SLCTR)", null),
    REBEC("Brazilian Clinical Trials Registry (ReBEC)", null),
    LBCTR("Lebanese Clinical Trials Registry (LBCTR)", null),
    ITMCTR("International Traditional Medicine Clinical Trial Registry (ITMCTR)", null),
    NL_OMON("Overview of Medical Research in the Netherlands (OMON)", null),
    RPCEC("Cuban Public Registry of Clinical Trials (RPCEC)", null),
    REPEC("Peruvian Clinical Trials Registry (REPEC)", null);

    private static final String ICTRP = "https://trialsearch.who.int/Trial2.aspx?TrialID=%s";

    private final String displayName;
    private final String recordUrl;

    Registry(String displayName, String recordUrl) {
        this.displayName = displayName;
        this.recordUrl = recordUrl;
    }

    public String displayName() {
        return displayName;
    }

    /** The page of one record in this registry. */
    public String linkTo(String id) {
        String encoded = URLEncoder.encode(id, StandardCharsets.UTF_8);
        return String.format(recordUrl == null ? ICTRP : recordUrl, encoded);
    }
}
