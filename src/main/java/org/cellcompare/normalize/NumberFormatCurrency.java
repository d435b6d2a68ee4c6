package org.cellcompare.normalize;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The currency an Excel number format shows: its symbol ({@code [$฿-41E]#,##0}, {@code "$"#,##0},
 * {@code #,##0 €}) and, from a Windows locale ID, the country whose dollar or yen it means.
 */
final class NumberFormatCurrency {

    private static final Pattern FORMAT_BRACKET_SYMBOL = Pattern.compile("\\[\\$([^\\]-]*)(?:-([0-9A-Fa-f]+))?\\]");

    private static final Pattern FORMAT_QUOTED = Pattern.compile("\"([^\"]*)\"");

    private static final Pattern FORMAT_CODES = Pattern.compile("\\[[^\\]]*\\]|[#0?,.%E+\\-;@_*\\\\()/\\s]|General");

    /** Windows locale IDs in number formats such as {@code [$$-80A]} say which dollar, yen or krona is meant. */
    private static final Map<String, String> LOCALE_ID_COUNTRY = Map.ofEntries(
            Map.entry("409", "US"), Map.entry("1009", "CA"), Map.entry("C09", "AU"), Map.entry("1409", "NZ"),
            Map.entry("80A", "MX"), Map.entry("240A", "CO"), Map.entry("2C0A", "AR"), Map.entry("340A", "CL"),
            Map.entry("1004", "SG"), Map.entry("C04", "HK"), Map.entry("404", "TW"), Map.entry("804", "CN"),
            Map.entry("411", "JP"), Map.entry("41D", "SE"), Map.entry("406", "DK"), Map.entry("414", "NO"),
            Map.entry("439", "IN"), Map.entry("420", "PK"), Map.entry("41E", "TH"), Map.entry("42A", "VN"),
            Map.entry("3409", "PH"), Map.entry("416", "BR"), Map.entry("180A", "PA"), Map.entry("280A", "PE"));

    /** The currency symbol a number format shows: {@code [$฿-41E]#,##0}, {@code "$"#,##0}, {@code #,##0 €}. */
    static String symbolOf(String format) {
        if (format == null || format.isBlank()) {
            return null;
        }
        Matcher bracket = FORMAT_BRACKET_SYMBOL.matcher(format);
        while (bracket.find()) {
            if (!bracket.group(1).isBlank()) {
                return bracket.group(1).strip();
            }
        }
        Matcher quoted = FORMAT_QUOTED.matcher(format);
        while (quoted.find()) {
            if (!quoted.group(1).isBlank()) {
                return quoted.group(1).strip();
            }
        }
        String firstSection = format.split(";", -1)[0];
        String rest = FORMAT_CODES.matcher(firstSection).replaceAll("");
        return rest.isBlank() ? null : rest.strip();
    }

    static String countryOf(String format) {
        if (format == null) {
            return null;
        }
        Matcher bracket = FORMAT_BRACKET_SYMBOL.matcher(format);
        while (bracket.find()) {
            if (bracket.group(2) != null) {
                return LOCALE_ID_COUNTRY.get(bracket.group(2).toUpperCase(Locale.ROOT));
            }
        }
        return null;
    }

    private NumberFormatCurrency() {
    }
}
