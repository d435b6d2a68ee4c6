package org.cellcompare.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Utf8Writer writes the bytes Java's own UTF-8 writer writes, however the text is cut into calls. */
class Utf8WriterTests {

    /** Characters from every width of UTF-8, and surrogates both paired and alone. */
    private static final char[] ALPHABET = "aZ09<&\" \u00E9\u00A0\u07FF\u0800\u20AC\uFFFD\uD83D\uDE00\uD800\uDFFF\uDBFF".toCharArray();

    @Test
    void randomTextCutAnywhereEncodesAsOutputStreamWriterDoes() throws IOException {
        Random random = new Random(20261201);
        for (int round = 0; round < 2_000; round++) {
            char[] text = new char[random.nextInt(200)];
            for (int i = 0; i < text.length; i++) {
                text[i] = ALPHABET[random.nextInt(ALPHABET.length)];
            }
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            ByteArrayOutputStream actual = new ByteArrayOutputStream();
            try (Writer reference = new OutputStreamWriter(expected, StandardCharsets.UTF_8); Writer utf8 = new Utf8Writer(actual)) {
                for (int at = 0; at < text.length; ) {
                    int length = Math.min(text.length - at, random.nextInt(8));
                    switch (random.nextInt(5)) {
                        case 0 -> {
                            reference.write(text[at]);
                            utf8.write(text[at]);
                            length = 1;
                        }
                        case 1 -> {
                            reference.write(text, at, length);
                            utf8.write(text, at, length);
                        }
                        case 2 -> {
                            reference.write(new String(text), at, length);
                            utf8.write(new String(text), at, length);
                        }
                        case 3 -> {
                            String part = new String(text, at, length);
                            reference.write(part);
                            utf8.write(part);
                        }
                        default -> {
                            reference.append(new StringBuilder().append(text, at, length));
                            utf8.append(new StringBuilder().append(text, at, length));
                        }
                    }
                    at += length;
                }
            }
            assertThat(actual.toByteArray()).as(new String(text)).isEqualTo(expected.toByteArray());
        }
    }

    @Test
    void numbersAreWrittenAsTheirDigits() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Utf8Writer utf8 = new Utf8Writer(bytes)) {
            for (int number : new int[] {0, 7, 10, 99, 1_048_576, Integer.MAX_VALUE, -12}) {
                utf8.writeNumber(number);
                utf8.write(' ');
            }
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("0 7 10 99 1048576 2147483647 -12 ");
    }

    @Test
    void moreThanItsBufferHoldsArrivesWholeAndInOrder() throws IOException {
        String line = "Clínica Celular Bogotá 🧬 — 45.000.000 COP\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer utf8 = new Utf8Writer(bytes)) {
            for (int i = 0; i < 5_000; i++) {
                utf8.write(line);
            }
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(line.repeat(5_000));
    }
}
