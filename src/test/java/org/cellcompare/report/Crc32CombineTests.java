package org.cellcompare.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.zip.CRC32;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Crc32CombineTests {

    @ParameterizedTest
    @CsvSource({"0, 0", "0, 17", "17, 0", "1, 1", "100, 3", "65536, 70000", "1000003, 999"})
    void twoPiecesCombineToTheCrcOfTheWhole(int firstLength, int secondLength) {
        Random random = new Random(firstLength * 31L + secondLength);
        byte[] first = new byte[firstLength];
        byte[] second = new byte[secondLength];
        random.nextBytes(first);
        random.nextBytes(second);

        CRC32 whole = new CRC32();
        whole.update(first);
        whole.update(second);

        assertThat(Crc32Combine.combine(crc(first), crc(second), secondLength)).isEqualTo(whole.getValue());
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }
}
