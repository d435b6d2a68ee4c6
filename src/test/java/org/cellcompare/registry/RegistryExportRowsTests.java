package org.cellcompare.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.cellcompare.ingest.InputProblem;
import org.cellcompare.ingest.InputProblem.Outcome;
import org.cellcompare.text.Texts;

/** ClinicalTrials.gov exports with rows that cannot be used: each is a line, and the other studies are used. */
class RegistryExportRowsTests {

    private static final String HEADER = "NCT Number,Study Title,Study URL,Study Status,Conditions,Phases,Enrollment,Sponsor\n";
    private static final String GOOD_ROW = "NCT02569775,Bone marrow cells for CP,https://clinicaltrials.gov/study/NCT02569775,"
            + "COMPLETED,Cerebral Palsy,PHASE2,40,Vinmec\n";
    private static final String LAST_ROW = "NCT04512345,Cord blood for CP,,RECRUITING,Cerebral Palsy,PHASE2,90,Trial Hospital\n";

    @TempDir
    Path folder;

    static Stream<Arguments> rowsThatCannotBeUsed() {
        return Stream.of(
                Arguments.of(",No number,,RECRUITING,Cerebral Palsy,PHASE1,10,Someone", "NCT Number", "",
                        "This row has no NCT number, so no offering can be matched to it."),
                Arguments.of("NCT123,Short number,,RECRUITING,Cerebral Palsy,PHASE1,10,Someone", "NCT Number", "NCT123",
                        "This is not an NCT number (NCT and eight digits, such as NCT02569775), so no offering can be matched to it."),
                Arguments.of("ISRCTN12345678,Another registry,,RECRUITING,Cerebral Palsy,PHASE1,10,Someone", "NCT Number",
                        "ISRCTN12345678", "This is not an NCT number"),
                Arguments.of("NCT05022222,Cut short,,RECRUITING", "Conditions", "NCT05022222",
                        "This row ends after 4 of the export's 8 columns, so what it says about NCT05022222 cannot be trusted;"
                                + " the row was not used."),
                Arguments.of("NCT05022222,Slipped, a comma,,RECRUITING,Cerebral Palsy,PHASE1,10,Someone", null, "NCT05022222",
                        "This row has more values than the export has columns"));
    }

    @ParameterizedTest
    @MethodSource("rowsThatCannotBeUsed")
    void aRowThatCannotBeUsedIsOneProblemAndTheOtherStudiesAreUsed(String row, String column, String value, String reason)
            throws IOException {
        write("ctg.csv", HEADER + GOOD_ROW + row + "\n" + LAST_ROW);

        TrialRegistryExport export = TrialRegistryExport.load(folder);

        assertThat(export.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("registry/ctg.csv");
            assertThat(problem.row()).isEqualTo(3);
            assertThat(problem.column()).isEqualTo(column);
            assertThat(problem.value()).isEqualTo(value);
            assertThat(problem.reason()).startsWith(reason);
            assertThat(problem.fix()).isNotBlank();
            assertThat(problem.outcome()).isEqualTo(Outcome.REFERENCE_ROW_NOT_USED);
        });
        assertThat(export.records()).extracting(TrialRecord::id).containsExactly("NCT02569775", "NCT04512345");
        assertThat(export.find("NCT04512345").isAboutCerebralPalsy()).isTrue();
    }

    @Test
    void anNctNumberInAnyCaseOrSpacingIsForgiven() throws IOException {
        write("ctg.csv", HEADER + "nct 0256 9775,Bone marrow cells for CP,,COMPLETED,Cerebral Palsy,PHASE2,40,Vinmec\n");

        TrialRegistryExport export = TrialRegistryExport.load(folder);

        assertThat(export.problems()).isEmpty();
        assertThat(export.find("NCT02569775")).isNotNull();
    }

    static Stream<Arguments> enrollments() {
        return Stream.of(Arguments.of("40", 40), Arguments.of("1,200", 1200), Arguments.of("40 (Actual)", 40),
                Arguments.of("", null));
    }

    @ParameterizedTest
    @MethodSource("enrollments")
    void readsTheEnrollmentsExportsWrite(String written, Integer expected) throws IOException {
        write("ctg.csv", HEADER + "NCT02569775,Title,,COMPLETED,Cerebral Palsy,PHASE2,\"" + written + "\",Vinmec\n");

        TrialRegistryExport export = TrialRegistryExport.load(folder);

        assertThat(export.problems()).isEmpty();
        assertThat(export.find("NCT02569775").enrollment()).isEqualTo(expected);
    }

    static Stream<Arguments> enrollmentsThatAreNotNumbers() {
        return Stream.of(Arguments.of("about forty", "This is not a number of participants"),
                Arguments.of("40-60", "This is not a number of participants"),
                Arguments.of("1e6", "This is not a number of participants"),
                Arguments.of("9".repeat(1_000), "This is not a number of participants"),
                Arguments.of("99999999999", "This is more participants than any study has"));
    }

    @ParameterizedTest
    @MethodSource("enrollmentsThatAreNotNumbers")
    void anEnrollmentThatIsNotANumberIsLeftBlankAndTheStudyIsUsed(String written, String reason) throws IOException {
        write("ctg.csv", HEADER + "NCT02569775,Title,,COMPLETED,Cerebral Palsy,PHASE2," + written + ",Vinmec\n");

        TrialRegistryExport export = TrialRegistryExport.load(folder);

        assertThat(export.find("NCT02569775").enrollment()).isNull();
        assertThat(export.find("NCT02569775").isClosed()).isTrue();
        assertThat(export.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(2);
            assertThat(problem.column()).isEqualTo("Enrollment");
            assertThat(problem.value()).isEqualTo(written);
            assertThat(problem.reason()).startsWith(reason);
            assertThat(problem.outcome()).isEqualTo(Outcome.VALUE_IGNORED);
        });
    }

    @Test
    void aTitleLongerThanACellHoldsIsCutAndSaysSo() throws IOException {
        write("ctg.csv", HEADER + "NCT02569775," + "T".repeat(100_000) + ",,COMPLETED,Cerebral Palsy,PHASE2,40,Vinmec\n");

        TrialRegistryExport export = TrialRegistryExport.load(folder);

        assertThat(export.find("NCT02569775").title()).hasSize(Texts.MAX_CELL_TEXT).startsWith("TTT").endsWith("…");
        assertThat(export.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(2);
            assertThat(problem.column()).isEqualTo("Study Title");
            assertThat(problem.reason()).isEqualTo("This text is 100,000 characters long, more than a spreadsheet cell holds;"
                    + " only the first 32,767 were kept.");
            assertThat(problem.outcome()).isEqualTo(Outcome.NOTE);
        });
    }

    @Test
    void aStatusFarLongerThanAnyStatusIsLeftBlankAndTheStudyIsUsed() throws IOException {
        write("ctg.csv", HEADER + "NCT02569775,Title,," + "RECRUITING ".repeat(10_000) + ",Cerebral Palsy,PHASE2,40,Vinmec\n");

        TrialRegistryExport export = TrialRegistryExport.load(folder);

        TrialRecord study = export.find("NCT02569775");
        assertThat(study.status()).isEmpty();
        assertThat(study.isAboutCerebralPalsy()).isTrue();
        assertThat(export.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.column()).isEqualTo("Study Status");
            assertThat(problem.reason()).isEqualTo("This is 109,999 characters long, far longer than any status, so it was left"
                    + " blank; the rest of the study was used.");
            assertThat(problem.outcome()).isEqualTo(Outcome.VALUE_IGNORED);
        });
    }

    @Test
    void theSameStudyTwiceInOneFileUsesTheUpperRow() throws IOException {
        write("ctg.csv", HEADER + GOOD_ROW + LAST_ROW + "NCT02569775,Again,,RECRUITING,Autism,PHASE1,10,Other\n");

        TrialRegistryExport export = TrialRegistryExport.load(folder);

        assertThat(export.find("NCT02569775").status()).isEqualTo("COMPLETED");
        assertThat(export.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(4);
            assertThat(problem.column()).isEqualTo("NCT Number");
            assertThat(problem.value()).isEqualTo("NCT02569775");
            assertThat(problem.reason()).isEqualTo("NCT02569775 is also at row 2 of this file; that row was used and this one was not.");
        });
    }

    @Test
    void theSameStudyInTwoExportsTakesTheOneSavedLastWithOneLineForTheOlderFile() throws IOException {
        Path older = write("ctg-september.csv", HEADER + GOOD_ROW + LAST_ROW);
        Path newer = write("ctg-october.csv", HEADER + GOOD_ROW.replace("COMPLETED", "TERMINATED") + LAST_ROW.replace("RECRUITING", "SUSPENDED"));
        Files.setLastModifiedTime(older, FileTime.from(Instant.parse("2026-09-01T00:00:00Z")));
        Files.setLastModifiedTime(newer, FileTime.from(Instant.parse("2026-10-01T00:00:00Z")));

        TrialRegistryExport export = TrialRegistryExport.load(folder);

        assertThat(export.find("NCT02569775").status()).isEqualTo("TERMINATED");
        assertThat(export.find("NCT04512345").status()).isEqualTo("SUSPENDED");
        assertThat(export.files()).containsExactly("registry/ctg-october.csv", "registry/ctg-september.csv");
        assertThat(export.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("registry/ctg-september.csv");
            assertThat(problem.row()).isNull();
            assertThat(problem.reason()).isEqualTo("2 studies in this file are also in registry/ctg-october.csv, saved later,"
                    + " whose rows were used for them.");
            assertThat(problem.outcome()).isEqualTo(Outcome.NOTE);
        });
    }

    @Test
    void aQuoteNeverClosedStopsTheReadingThereAndTheStudiesAboveAreUsed() throws IOException {
        write("ctg.csv", HEADER + GOOD_ROW + "NCT04512345,\"Cord blood for CP,,RECRUITING,Cerebral Palsy,PHASE2,90,Trial Hospital\n");

        TrialRegistryExport export = TrialRegistryExport.load(folder);

        assertThat(export.records()).extracting(TrialRecord::id).containsExactly("NCT02569775");
        assertThat(export.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(3);
            assertThat(problem.reason()).startsWith("Reading stopped here: a quote (\") opened in this row is never closed");
            assertThat(problem.outcome()).isEqualTo(Outcome.REFERENCE_ROW_NOT_USED);
        });
    }

    @Test
    void theHeaderRepeatedWhereTwoExportsWerePastedTogetherIsAHeader() throws IOException {
        write("ctg.csv", HEADER + GOOD_ROW + HEADER + LAST_ROW);

        TrialRegistryExport export = TrialRegistryExport.load(folder);

        assertThat(export.problems()).isEmpty();
        assertThat(export.records()).hasSize(2);
    }

    @Test
    void aFileWithoutAnNctNumberColumnIsOneProblem() throws IOException {
        write("notes.csv", "Title,Status\nSomething,RECRUITING\n");

        TrialRegistryExport export = TrialRegistryExport.load(folder);

        assertThat(export.isEmpty()).isTrue();
        assertThat(export.problems()).extracting(InputProblem::file, InputProblem::outcome)
                .containsExactly(tuple("registry/notes.csv", Outcome.FILE_NOT_READ));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }
}
