package org.cellcompare.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountryNamesTests {

    private final CountryNames countries = new CountryNames();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Thailand            | TH
            USA                 | US
            U.S.                | US
            United States of America | US
            UK                  | GB
            Viet Nam            | VN
            Vietnam             | VN
            Türkiye             | TR
            Korea, Republic of  | KR
            South Korea         | KR
            Russia              | RU
            Czechia             | CZ
            UAE                 | AE
            México              | MX
            España              | ES
            Panamá              | PA
            República Dominicana | DO
            Deutschland         | DE
            VNM                 | VN
            th                  | TH
            """)
    void knowsNamesAlternatesAndCodes(String text, String code) {
        assertThat(countries.codeOf(text)).isEqualTo(code);
    }

    @Test
    void knowsEveryIso3166CountryByItsEnglishNameAndItsCodes() {
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            assertThat(countries.codeOf(country.getDisplayCountry(Locale.ENGLISH))).as(code).isEqualTo(code);
            assertThat(countries.codeOf(code)).as(code).isEqualTo(code);
            assertThat(countries.codeOf(country.getISO3Country())).as(code).isEqualTo(code);
        }
    }

    @Test
    void unknownTextHasNoCode() {
        assertThat(countries.codeOf("Atlantis")).isNull();
        assertThat(countries.codeOf("")).isNull();
    }

    @Test
    void namesACodeInEnglish() {
        assertThat(CountryNames.nameOf("TH")).isEqualTo("Thailand");
    }
}
