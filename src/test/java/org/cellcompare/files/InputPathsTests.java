package org.cellcompare.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class InputPathsTests {

    private final InputPaths paths = InputPaths.of(Path.of("/srv/nonprofit/cellcompare/input"));

    @Test
    void showsAFileUnderTheInputFolderFromTheFolder() {
        assertThat(paths.shown("The file could not be opened: /srv/nonprofit/cellcompare/input/offerings/clinics.xlsx."))
                .isEqualTo("The file could not be opened: offerings/clinics.xlsx.");
    }

    @Test
    void leavesOtherTextAndOtherFoldersAlone() {
        assertThat(paths.shown("Price not readable: /srv/nonprofit/cellcompare/input2/x.csv"))
                .isEqualTo("Price not readable: /srv/nonprofit/cellcompare/input2/x.csv");
        assertThat(paths.shown(null)).isNull();
    }

    @Test
    void takesAFolderGivenRelativeOrUntidy() {
        InputPaths untidy = InputPaths.of(Path.of("input/./offerings/..").toAbsolutePath());
        String inside = Path.of("input").toAbsolutePath().resolve("rates/extra-rates.csv").toString();

        assertThat(untidy.shown("cannot read " + inside)).isEqualTo("cannot read rates/extra-rates.csv");
    }
}
