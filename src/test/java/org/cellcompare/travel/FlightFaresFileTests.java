package org.cellcompare.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.cellcompare.ingest.InputProblem;
import org.cellcompare.normalize.CountryNames;

/** The nonprofit's own {@code flights.csv}, as an analyst writes it by hand. */
class FlightFaresFileTests {

    private final List<InputProblem> problems = new ArrayList<>();

    @TempDir
    Path folder;

    @Test
    void readsOneFarePerCountryTheNewestWinning() throws IOException {
        Map<String, FlightFare> fares = read("""
                country,return_fare,currency,date,source
                Thailand,1450,USD,2026-10-02,airline quote
                Thailand,1390,usd,2026-11-02,travel agent
                China,9800,CNY,2026-11-01,
                México,12000,MXN,2026-09-15,airline site
                """);

        assertThat(fares.get("TH")).satisfies(fare -> {
            assertThat(fare.returnFare()).isEqualByComparingTo("1390");
            assertThat(fare.currency()).isEqualTo("USD");
            assertThat(fare.date()).isEqualTo(LocalDate.of(2026, 11, 2));
            assertThat(fare.source()).isEqualTo("travel agent");
        });
        assertThat(fares).containsOnlyKeys("TH", "CN", "MX");
        assertThat(problems).isEmpty();
    }

    @Test
    void eachUnusableRowIsALineAndTheOthersAreUsed() throws IOException {
        Map<String, FlightFare> fares = read("""
                country;return_fare;currency;date;source
                Atlantis;900;USD;2026-11-02;
                Thailand;-5;USD;2026-11-02;
                Thailand;1450;dollars;2026-11-02;
                Thailand;1450;USD;02/11/2026;
                Panama;800;USD;2026-11-02;first
                Panama;950;USD;2026-11-02;second
                """);

        assertThat(fares).containsOnlyKeys("PA");
        assertThat(fares.get("PA").source()).isEqualTo("first");
        assertThat(problems).extracting(InputProblem::row, InputProblem::column, InputProblem::value)
                .containsExactly(tuple(2, "country", "Atlantis"), tuple(3, "return_fare", "-5"),
                        tuple(4, "currency", "DOLLARS"), tuple(5, "date", "02/11/2026"), tuple(7, "country", "Panama"));
        assertThat(problems).allSatisfy(problem -> assertThat(problem.file()).isEqualTo("flights.csv"));
    }

    @Test
    void aFileWithoutAFareColumnIsOneLineAndNoFare() throws IOException {
        assertThat(read("country,price_per_person_maybe\nThailand,1450\n")).isEmpty();
        assertThat(problems).singleElement().satisfies(problem -> assertThat(problem.reason()).contains("return_fare"));
    }

    private Map<String, FlightFare> read(String csv) throws IOException {
        Path file = Files.writeString(folder.resolve("flights.csv"), csv);
        return FlightFaresFile.read(file, "flights.csv", new CountryNames(), problems);
    }
}
