package org.cellcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.cellcompare.support.TestFiles;

/**
 * A setting a nonprofit mistypes or sets to what cannot work stops the start with one sentence
 * that names it, before any month is touched.
 */
class SettingsCheckedTests {

    @TempDir
    Path folder;

    private InProcessRun command;
    private Path output;

    @BeforeEach
    void sample() throws Exception {
        output = folder.resolve("output");
        command = new InProcessRun(TestFiles.copySample(folder.resolve("input")), output);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            --cellcompare.concern.points.CURE_CLAIMS=40  | cellcompare.concern       | CURE_CLAIMS, which is not one of NO_REGISTRATION
            --cellcompare.concern.points.CURE_CLAIM=-5   | cellcompare.concern.points[CURE_CLAIM]       | must be greater than or equal to 0
            --cellcompare.ingest.threads=0               | cellcompare.ingest.threads                   | must be greater than or equal to 1 (it is '0')
            --cellcompare.ingest.chunk-size=abc          | cellcompare.ingest.chunk-size                | 'abc'
            --cellcompare.concern.bands.high=10          | cellcompare.concern.bands                    | the bands must rise
            --cellcompare.reporting-currency=usd         | cellcompare.reporting-currency               | must be an ISO 4217 code such as USD
            --cellcompare.ingest.ambiguous-dates=SIDEWAYS | cellcompare.ingest.ambiguous-dates          | 'SIDEWAYS'
            --travel-url=aoprals.state.gov/April2026PD.xls | cellcompare.updates.travel-url          | must be an http:// or https:// address
            """)
    void aSettingThatCannotWorkStopsTheStartWithOneSentenceThatNamesIt(String setting, String name, String why) {
        int status = command.run("--month=2026-11", setting);

        assertThat(status).as(command.stderr()).isEqualTo(ExitCode.RUN_FAILED.code());
        assertThat(command.stderr().strip().lines()).as(command.stderr()).hasSize(1);
        assertThat(command.stderr()).contains(name, why).doesNotContain("Exception", "\tat ");
        assertThat(output.resolve("cellcompare-2026-11.xlsx")).doesNotExist();
    }
}
