package org.cellcompare.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What makes an Input problems line the same line: where it is (file, sheet, row, column) and what
 * it says (value, reason, outcome), as a SHA-256 in hex. A hash rather than the texts themselves,
 * which can be thousands of characters, too long for a key in PostgreSQL.
 */
final class ProblemKey {

    private ProblemKey() {
    }

    static String of(InputProblem problem) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
        for (Object part : new Object[] {problem.file(), problem.sheet(), problem.row(), problem.column(), problem.value(),
                problem.reason(), problem.outcome()}) {
            // a marker for null, and a separator no text contains, so no two problems run together
            sha256.update(Objects.toString(part, "\u0000null").getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0xFF);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }
}
