package org.cellcompare.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Random;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;

class BackgroundDeflateTests {

    @Test
    void whatIsWrittenInPiecesOfEverySizeComesBackWholeWithItsCrcAndSizes() throws IOException {
        byte[] rows = new byte[1_000_003];
        new Random(7).nextBytes(rows);
        ByteArrayOutputStream file = new ByteArrayOutputStream();

        BackgroundDeflate out = new BackgroundDeflate(file);
        int at = 0;
        for (int piece : new int[] {1, 0, 70_000, 65_535, 3, 131_072}) {
            out.write(rows, at, piece);
            at += piece;
        }
        out.write(rows[at++]);
        out.write(rows, at, rows.length - at);
        out.close();

        try (InputStream in = BackgroundDeflate.inflate(new ByteArrayInputStream(file.toByteArray()))) {
            assertThat(in.readAllBytes()).isEqualTo(rows);
        }
        CRC32 crc = new CRC32();
        crc.update(rows);
        assertThat(out.crc()).isEqualTo(crc.getValue());
        assertThat(out.size()).isEqualTo(rows.length);
        assertThat(out.compressedSize()).isEqualTo(file.size());
    }

    @Test
    void aFullDiskIsReportedWhenTheSheetIsClosedAndNeverHangsTheWriter() {
        OutputStream fullDisk = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        byte[] noise = new byte[100_000];
        new Random(3).nextBytes(noise);

        BackgroundDeflate out = new BackgroundDeflate(fullDisk);

        assertThatThrownBy(() -> {
            try (out) {
                for (int i = 0; i < 200; i++) {
                    out.write(noise);
                }
            }
        }).isInstanceOf(IOException.class).hasMessageContaining("No space left on device");
        assertThat(out.isCompressing()).as("the compressing thread has ended").isFalse();
    }
}
