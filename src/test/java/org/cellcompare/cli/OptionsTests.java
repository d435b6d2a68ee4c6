package org.cellcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import org.cellcompare.cli.Options.UsageException;

/**
 * The update and output options as typed: each flag on its own, and each address or switch passed
 * on to its setting.
 */
class OptionsTests {

    @Test
    void updateTravelWithItsAddressParses() {
        Options options = Options.parse("--update-travel", "--travel-url=http://127.0.0.1:8080/travel/April2026PD.xls");

        assertThat(options.updateTravel()).isTrue();
        assertThat(options.updateRates()).isFalse();
        assertThat(options.updateRegistry()).isFalse();
        assertThat(options.settings()).containsExactly("--cellcompare.updates.travel-url=http://127.0.0.1:8080/travel/April2026PD.xls");
    }

    @Test
    void theMonthlyAddressIsPassedOnAsTyped() {
        Options options = Options.parse("--travel-url=https://example.org/{month}{year}PD.xls");

        assertThat(options.updateTravel()).isFalse();
        assertThat(options.settings()).containsExactly("--cellcompare.updates.travel-url=https://example.org/{month}{year}PD.xls");
    }

    @Test
    void everyUpdateCanBeAskedForInOneRun() {
        Options options = Options.parse("--update-rates", "--update-registry", "--update-travel");

        assertThat(options.updateRates()).isTrue();
        assertThat(options.updateRegistry()).isTrue();
        assertThat(options.updateTravel()).isTrue();
    }

    @Test
    void theTravelAddressNeedsAValueAndTheFlagTakesNone() {
        assertThatThrownBy(() -> Options.parse("--travel-url=")).isInstanceOf(UsageException.class)
                .hasMessage("The option --travel-url needs a value, e.g. --travel-url="
                        + "https://aoprals.state.gov/content/Documents/April2026PD.xls.");
        assertThatThrownBy(() -> Options.parse("--update-travel=yes")).isInstanceOf(UsageException.class)
                .hasMessage("The option --update-travel takes no value; write just --update-travel.");
    }

    @Test
    void aMistypedTravelOptionSuggestsIt() {
        assertThat(Options.closest("update-travl")).contains("--update-travel");
        assertThat(Options.closest("travel-ulr=http://x")).contains("--travel-url=http://x");
    }

    @Test
    void helpListsTheTravelOptions() {
        assertThat(CommandLine.USAGE).contains("--update-travel", "--travel-url=URL", "INPUT/travel/");
    }

    @Test
    void noHtmlTurnsThePageOffThroughItsSetting() {
        assertThat(Options.parse("--no-html").settings()).containsExactly("--cellcompare.page.enabled=false");
        assertThat(Options.parse("--month=2026-11").settings()).isEmpty();
        assertThatThrownBy(() -> Options.parse("--no-html=yes")).isInstanceOf(UsageException.class)
                .hasMessage("The option --no-html takes no value; write just --no-html.");
        assertThat(Options.closest("no-htm")).contains("--no-html");
        assertThat(CommandLine.USAGE).contains("--no-html", "OUTPUT/cellcompare-YYYY-MM.html");
    }
}
