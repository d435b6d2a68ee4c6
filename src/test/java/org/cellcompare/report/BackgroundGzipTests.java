package org.cellcompare.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

class BackgroundGzipTests {

    @Test
    void whatIsWrittenInPiecesOfEverySizeComesBackWhole() throws IOException {
        byte[] rows = new byte[1_000_003];
        new Random(7).nextBytes(rows);
        ByteArrayOutputStream file = new ByteArrayOutputStream();

        try (BackgroundGzip out = new BackgroundGzip(file)) {
            int at = 0;
            for (int piece : new int[] {1, 0, 70_000, 65_535, 3, 131_072}) {
                out.write(rows, at, piece);
                at += piece;
            }
            out.write(rows[at++]);
            out.write(rows, at, rows.length - at);
        }

        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(file.toByteArray()))) {
            assertThat(in.readAllBytes()).isEqualTo(rows);
        }
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

        assertThatThrownBy(() -> {
            try (BackgroundGzip out = new BackgroundGzip(fullDisk)) {
                for (int i = 0; i < 200; i++) {
                    out.write(new byte[100_000]);
                }
            }
        }).isInstanceOf(IOException.class).hasMessageContaining("No space left on device");
    }
}
