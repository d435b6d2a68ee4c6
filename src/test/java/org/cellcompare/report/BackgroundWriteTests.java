package org.cellcompare.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Random;
import java.util.concurrent.Executor;

import org.junit.jupiter.api.Test;

class BackgroundWriteTests {

    /** A thread per task, as the run's own background threads give. */
    private static final Executor THREADS = task -> new Thread(task).start();

    @Test
    void whatIsWrittenInPiecesOfEverySizeArrivesWholeAndInOrder() throws IOException {
        byte[] rows = new byte[1_000_003];
        new Random(7).nextBytes(rows);
        ByteArrayOutputStream entry = new ByteArrayOutputStream();

        BackgroundWrite out = new BackgroundWrite(entry, THREADS);
        int at = 0;
        for (int piece : new int[] {1, 0, 70_000, 65_535, 3, 131_072}) {
            out.write(rows, at, piece);
            at += piece;
        }
        out.write(rows[at++]);
        out.write(rows, at, rows.length - at);
        out.close();

        assertThat(entry.toByteArray()).isEqualTo(rows);
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

        BackgroundWrite out = new BackgroundWrite(fullDisk, THREADS);

        assertThatThrownBy(() -> {
            try (out) {
                for (int i = 0; i < 200; i++) {
                    out.write(noise);
                }
            }
        }).isInstanceOf(IOException.class).hasMessageContaining("No space left on device");
        assertThat(out.isWriting()).as("the writing thread has ended").isFalse();
    }
}
