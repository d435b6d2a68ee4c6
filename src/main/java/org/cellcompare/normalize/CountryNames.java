package org.cellcompare.normalize;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

import org.springframework.stereotype.Component;

import org.cellcompare.text.Folding;

/**
 * Every ISO 3166 country by its English and Spanish names, its two- and three-letter codes, and
 * the alternates people write (USA, U.S., UK, Viet Nam, Türkiye, "Korea, Republic of", UAE...).
 */
@Component
public final class CountryNames {

    private static final Map<String, String> ALTERNATES = Map.ofEntries(
            Map.entry("usa", "US"), Map.entry("us", "US"), Map.entry("america", "US"),
            Map.entry("unitedstatesofamerica", "US"), Map.entry("estadosunidos", "US"), Map.entry("eeuu", "US"),
            Map.entry("estadosunidosdeamerica", "US"),
            Map.entry("uk", "GB"), Map.entry("greatbritain", "GB"), Map.entry("britain", "GB"), Map.entry("england", "GB"),
            Map.entry("scotland", "GB"), Map.entry("wales", "GB"), Map.entry("northernireland", "GB"),
            Map.entry("unitedkingdomofgreatbritainandnorthernireland", "GB"), Map.entry("reinounido", "GB"),
            Map.entry("vietnam", "VN"), Map.entry("vietnamsocialistrepublicof", "VN"), Map.entry("socialistrepublicofvietnam", "VN"),
            Map.entry("turkiye", "TR"), Map.entry("turkey", "TR"), Map.entry("turquia", "TR"), Map.entry("republicofturkiye", "TR"),
            Map.entry("korea", "KR"), Map.entry("southkorea", "KR"), Map.entry("korearepublicof", "KR"),
            Map.entry("republicofkorea", "KR"), Map.entry("koreasouth", "KR"), Map.entry("coreadelsur", "KR"), Map.entry("rok", "KR"),
            Map.entry("northkorea", "KP"), Map.entry("koreademocraticpeoplesrepublicof", "KP"),
            Map.entry("russia", "RU"), Map.entry("russianfederation", "RU"), Map.entry("rusia", "RU"),
            Map.entry("czechia", "CZ"), Map.entry("czechrepublic", "CZ"), Map.entry("republicacheca", "CZ"),
            Map.entry("uae", "AE"), Map.entry("emirates", "AE"), Map.entry("dubai", "AE"), Map.entry("abudhabi", "AE"),
            Map.entry("emiratosarabesunidos", "AE"),
            Map.entry("holland", "NL"), Map.entry("thenetherlands", "NL"),
            Map.entry("iranislamicrepublicof", "IR"), Map.entry("persia", "IR"),
            Map.entry("taiwanprovinceofchina", "TW"), Map.entry("republicofchina", "TW"), Map.entry("chinesetaipei", "TW"),
            Map.entry("hongkongsar", "HK"), Map.entry("hongkongsarchina", "HK"), Map.entry("macau", "MO"),
            Map.entry("macaosarchina", "MO"),
            Map.entry("prc", "CN"), Map.entry("peoplesrepublicofchina", "CN"), Map.entry("mainlandchina", "CN"),
            Map.entry("chinamainland", "CN"),
            Map.entry("boliviaplurinationalstateof", "BO"), Map.entry("venezuelabolivarianrepublicof", "VE"),
            Map.entry("tanzaniaunitedrepublicof", "TZ"), Map.entry("laos", "LA"), Map.entry("laopdr", "LA"),
            Map.entry("laopeoplesdemocraticrepublic", "LA"), Map.entry("syria", "SY"), Map.entry("syrianarabrepublic", "SY"),
            Map.entry("moldovarepublicof", "MD"), Map.entry("ivorycoast", "CI"), Map.entry("cotedivoire", "CI"),
            Map.entry("swaziland", "SZ"), Map.entry("burma", "MM"), Map.entry("capeverde", "CV"),
            Map.entry("easttimor", "TL"), Map.entry("vatican", "VA"), Map.entry("vaticancity", "VA"),
            Map.entry("holysee", "VA"), Map.entry("palestine", "PS"), Map.entry("stateofpalestine", "PS"),
            Map.entry("kosovo", "XK"), Map.entry("macedonia", "MK"), Map.entry("northmacedonia", "MK"),
            Map.entry("congodemocraticrepublicofthe", "CD"), Map.entry("drc", "CD"), Map.entry("drcongo", "CD"),
            Map.entry("republicofthecongo", "CG"), Map.entry("brasil", "BR"), Map.entry("mexique", "MX"),
            Map.entry("deutschland", "DE"), Map.entry("espana", "ES"), Map.entry("thailand", "TH"),
            Map.entry("siam", "TH"), Map.entry("india", "IN"), Map.entry("bharat", "IN"),
            Map.entry("panamarepublic", "PA"), Map.entry("republicofpanama", "PA"),
            Map.entry("bahamasthe", "BS"), Map.entry("gambiathe", "GM"), Map.entry("micronesiafederatedstatesof", "FM"));

    private final Map<String, String> codesByKey = new HashMap<>();

    public CountryNames() {
        Locale spanish = new Locale("es");
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            add(code, code);
            add(country.getDisplayCountry(Locale.ENGLISH), code);
            add(country.getDisplayCountry(spanish), code);
            try {
                add(country.getISO3Country(), code);
            } catch (MissingResourceException e) {
                // a few codes have no three-letter form; the names still match
            }
        }
        ALTERNATES.forEach(codesByKey::put);
    }

    private void add(String name, String code) {
        codesByKey.putIfAbsent(Folding.key(name), code);
        String withoutBrackets = name.replaceAll("\\s*\\(.*\\)", "");
        codesByKey.putIfAbsent(Folding.key(withoutBrackets), code);
    }

    /** The ISO 3166 alpha-2 code for a country as written, or null if the text names no country. */
    public String codeOf(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String key = Folding.key(text);
        String code = codesByKey.get(key);
        if (code == null && key.startsWith("the")) {
            code = codesByKey.get(key.substring(3));
        }
        return code;
    }

    /** The English name of a country code ("TH" is "Thailand"). */
    public static String nameOf(String code) {
        if (code == null) {
            return null;
        }
        if (code.equals("XK")) {
            return "Kosovo";
        }
        return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }
}
