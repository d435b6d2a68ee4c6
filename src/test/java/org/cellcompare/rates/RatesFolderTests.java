package org.cellcompare.rates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.cellcompare.ingest.InputProblem;

class RatesFolderTests {

    private static final Path ECB = Path.of("src/test/resources/fixtures/ecb/eurofxref-hist.csv");

    @TempDir
    Path folder;

    @Test
    void convertsRealAmountsWithTheEcbRatesOfTheDayToTheCent() throws IOException {
        Files.copy(ECB, folder.resolve("eurofxref-hist.csv"));

        ExchangeRates rates = RatesFolder.read(folder, LocalDate.of(2026, 4, 13)).rates();

        assertThat(rates.convert(new BigDecimal("450000"), "THB", "USD")).isEqualByComparingTo("13936.07");
        assertThat(rates.convert(new BigDecimal("9800"), "EUR", "USD")).isEqualByComparingTo("11450.32");
        assertThat(rates.convert(new BigDecimal("15000"), "USD", "EUR")).isEqualByComparingTo("12838.07");
    }

    @Test
    void usesTheLastRateOnOrBeforeTheReportDate() throws IOException {
        Files.copy(ECB, folder.resolve("eurofxref-hist.csv"));

        ExchangeRates rates = RatesFolder.read(folder, LocalDate.of(2026, 4, 12)).rates();

        assertThat(rates.rate("USD").date()).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(rates.convert(new BigDecimal("100"), "USD", "JPY")).isEqualByComparingTo("15919.22");
    }

    @Test
    void readsTheZipAsTheEcbPublishesIt() throws IOException {
        try (OutputStream out = Files.newOutputStream(folder.resolve("eurofxref-hist.zip"));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("eurofxref-hist.csv"));
            Files.copy(ECB, zip);
            zip.closeEntry();
        }

        RatesFolder.Result result = RatesFolder.read(folder, LocalDate.of(2026, 11, 22));

        assertThat(result.rates().rate("THB").unitsPerEur()).isEqualByComparingTo("37.728");
        assertThat(result.filesRead()).containsExactly("rates/eurofxref-hist.zip!eurofxref-hist.csv");
    }

    @Test
    void readsTheDailyFileLayout() throws IOException {
        Files.writeString(folder.resolve("eurofxref.csv"), "Date, USD, JPY, THB, \n13 April 2026, 1.1684, 186.75, 37.728, \n");

        ExchangeRates rates = RatesFolder.read(folder, LocalDate.of(2026, 4, 20)).rates();

        assertThat(rates.rate("JPY").unitsPerEur()).isEqualByComparingTo("186.75");
        assertThat(rates.rate("JPY").date()).isEqualTo(LocalDate.of(2026, 4, 13));
    }

    @Test
    void dropsCurrenciesTheEcbNoLongerQuotes() throws IOException {
        Files.copy(ECB, folder.resolve("eurofxref-hist.csv"));

        ExchangeRates rates = RatesFolder.read(folder, LocalDate.of(2026, 11, 22)).rates();

        assertThat(rates.covers("RUB")).isFalse();
        assertThat(rates.covers("BGN")).isFalse();
        assertThat(rates.covers("CYP")).isFalse();
        assertThat(rates.covers("USD")).isTrue();
    }

    @Test
    void extraRatesCoverWhatTheEcbLacks() throws IOException {
        Files.copy(ECB, folder.resolve("eurofxref-hist.csv"));
        Files.writeString(folder.resolve("extra-rates.csv"), """
                currency,units_per_eur,date,source
                VND,30750,2026-04-10,State Bank of Vietnam
                COP,4410.25,2026-04-10,Banco de la Republica
                XYZ,not-a-number,2026-04-10,typo
                """);

        RatesFolder.Result result = RatesFolder.read(folder, LocalDate.of(2026, 11, 22));

        assertThat(result.rates().convert(new BigDecimal("250000000"), "VND", "USD")).isEqualByComparingTo("9499.19");
        assertThat(result.rates().rate("COP").source()).isEqualTo("Banco de la Republica");
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("rates/extra-rates.csv");
            assertThat(problem.row()).isEqualTo(4);
            assertThat(problem.outcome()).isEqualTo(InputProblem.Outcome.REFERENCE_ROW_NOT_USED);
        });
    }

    @Test
    void anEmptyFolderCoversOnlyTheEuro() throws IOException {
        ExchangeRates rates = RatesFolder.read(folder, LocalDate.of(2026, 11, 22)).rates();

        assertThat(rates.covers("EUR")).isTrue();
        assertThat(rates.covers("USD")).isFalse();
        assertThat(rates.convert(BigDecimal.TEN, "USD", "EUR")).isNull();
    }
}
