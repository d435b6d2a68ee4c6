package org.cellcompare.travel;

import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import org.cellcompare.normalize.CountryNames;
import org.cellcompare.text.Folding;

/**
 * The State Department's country names ({@code BURMA}, {@code TURKEY}, {@code "Bahamas, The"},
 * {@code "Korea, South"}...) as the ISO codes CellCompare knows offerings by. Most are names any
 * reader knows ({@link CountryNames}); the rest, the Department's own way of writing a name, are
 * listed here.
 */
@Component
public final class TravelCountries {

    private static final Map<String, String> DEPARTMENT_NAMES = Map.ofEntries(
            Map.entry("virginislandsbritish", "VG"),
            Map.entry("congodemocraticrepublicofthe", "CD"), Map.entry("congorepublicofthe", "CG"),
            Map.entry("micronesia", "FM"), Map.entry("saintkittsandnevis", "KN"), Map.entry("saintlucia", "LC"),
            Map.entry("saintvincentandthegrenadines", "VC"), Map.entry("timorleste", "TL"),
            Map.entry("bonairesinteustatiusandsaba", "BQ"), Map.entry("ascensionisland", "SH"),
            Map.entry("tristandacunha", "SH"), Map.entry("sainthelena", "SH"), Map.entry("azores", "PT"),
            Map.entry("madeira", "PT"), Map.entry("canaryislands", "ES"), Map.entry("koreanorth", "KP"),
            Map.entry("dempeoplesrepublicofkorea", "KP"), Map.entry("democraticrepublicofthecongo", "CD"),
            Map.entry("hongkong", "HK"), Map.entry("chagosarchipelago", "IO"));

    /** The Department's row for places it lists nowhere else: a default, not a country. */
    static final String OTHER_LOCALITIES = "otherforeignlocalities";
    private static final Pattern AND = Pattern.compile("\\band\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BRACKETS = Pattern.compile("\\s*\\(.*\\)");

    private final CountryNames names;

    public TravelCountries(CountryNames names) {
        this.names = names;
    }

    /**
     * The ISO 3166 alpha-2 code, or null for a name that maps to no country. Java's names write
     * "&" where the Department writes "and" (Antigua &amp; Barbuda), and the Department adds a
     * second name in brackets (Falkland Islands (Islas Malvinas)).
     */
    public String codeOf(String departmentName) {
        String plain = BRACKETS.matcher(departmentName).replaceAll("");
        String code = DEPARTMENT_NAMES.get(Folding.key(plain));
        if (code == null) {
            code = names.codeOf(plain);
        }
        return code != null ? code : names.codeOf(AND.matcher(plain).replaceAll("&"));
    }
}
