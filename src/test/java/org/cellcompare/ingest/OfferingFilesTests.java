package org.cellcompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A file's partition is named so that Spring Batch can keep it, whatever the file is called. */
class OfferingFilesTests {

    /** Spring Batch's step name column holds 100 characters, and "ingestFileStep:" comes first. */
    private static final int ROOM = 100 - "ingestFileStep:".length();

    @ParameterizedTest
    @ValueSource(strings = {"clinics.csv", "two\nlines.csv", "tab\there.xlsx", "😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀.csv",
            "Ofertas de clínicas en México y Colombia, revisadas por voluntarias en noviembre de 2026 (versión final).xlsx"})
    void namesAPartitionWithinSpringBatchsColumnAndWithoutControlCharacters(String file) {
        String name = OfferingFiles.partitionName(file);

        assertThat(name.length()).isLessThanOrEqualTo(ROOM);
        assertThat(name.chars()).noneMatch(Character::isISOControl);
        assertThat(name).startsWith("file:");
    }

    @ParameterizedTest
    @ValueSource(ints = {41, 80, 250})
    void tellsApartLongNamesThatDifferOnlyAtTheirEnd(int length) {
        List<String> names = List.of("a".repeat(length) + "1.csv", "a".repeat(length) + "2.csv");

        assertThat(OfferingFiles.partitionName(names.get(0))).isNotEqualTo(OfferingFiles.partitionName(names.get(1)));
    }
}
