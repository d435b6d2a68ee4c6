package org.cellcompare.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Works out how a CSV file is encoded. A byte-order mark decides; without one, text that is
 * valid UTF-8 is UTF-8, text with a zero byte in every other place is UTF-16, and anything else is
 * taken for Windows-1252, which is what Excel on Windows saves as "CSV".
 */
record CsvEncoding(Charset charset, int bomLength) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SAMPLE_BYTES = 8 * 1024 * 1024;

    static CsvEncoding detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SAMPLE_BYTES);
        }
        return detect(head, head.length < SAMPLE_BYTES);
    }

    static CsvEncoding detect(byte[] head, boolean wholeFile) {
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return new CsvEncoding(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            return new CsvEncoding(StandardCharsets.UTF_16LE, 2);
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return new CsvEncoding(StandardCharsets.UTF_16BE, 2);
        }
        Charset utf16 = utf16WithoutBom(head);
        if (utf16 != null) {
            return new CsvEncoding(utf16, 0);
        }
        return new CsvEncoding(isUtf8(head, wholeFile) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static Charset utf16WithoutBom(byte[] head) {
        int pairs = Math.min(head.length / 2, 512);
        if (pairs < 2) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            zeroEven += head[i] == 0 ? 1 : 0;
            zeroOdd += head[i + 1] == 0 ? 1 : 0;
        }
        if (zeroOdd > pairs * 0.4 && zeroEven < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroEven > pairs * 0.4 && zeroOdd < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean isUtf8(byte[] head, boolean wholeFile) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int length = wholeFile ? head.length : trimIncompleteSequence(head);
        try {
            decoder.decode(ByteBuffer.wrap(head, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** A sample cut in the middle of a multi-byte character must not count against UTF-8. */
    private static int trimIncompleteSequence(byte[] head) {
        int end = head.length;
        for (int back = 1; back <= 3 && end - back >= 0; back++) {
            int b = head[end - back] & 0xFF;
            if ((b & 0xC0) == 0xC0) {
                return end - back;
            }
            if ((b & 0x80) == 0) {
                return end;
            }
        }
        return end;
    }
}
