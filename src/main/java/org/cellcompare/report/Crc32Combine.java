package org.cellcompare.report;

/**
 * The CRC-32 of two pieces joined, from the CRC-32 of each and the second's length: zlib's
 * {@code crc32_combine}, which Java does not offer. A zip entry joined from pieces compressed
 * apart needs it, as no single pass sees all of its bytes.
 */
final class Crc32Combine {

    private static final int BITS = 32;
    private static final long POLYNOMIAL = 0xEDB88320L;

    private Crc32Combine() {
    }

    static long combine(long crc1, long crc2, long length2) {
        if (length2 <= 0) {
            return crc1;
        }
        long[] even = new long[BITS];
        long[] odd = new long[BITS];
        // the operator for one zero bit, then two, then four
        odd[0] = POLYNOMIAL;
        long row = 1;
        for (int n = 1; n < BITS; n++) {
            odd[n] = row;
            row <<= 1;
        }
        square(even, odd);
        square(odd, even);
        // append length2 zero bytes to crc1, one bit of the length at a time
        long crc = crc1;
        long length = length2;
        do {
            square(even, odd);
            if ((length & 1) != 0) {
                crc = times(even, crc);
            }
            length >>= 1;
            if (length == 0) {
                break;
            }
            square(odd, even);
            if ((length & 1) != 0) {
                crc = times(odd, crc);
            }
            length >>= 1;
        } while (length != 0);
        return (crc ^ crc2) & 0xFFFFFFFFL;
    }

    private static long times(long[] matrix, long vector) {
        long sum = 0;
        for (int i = 0; vector != 0; i++, vector >>>= 1) {
            if ((vector & 1) != 0) {
                sum ^= matrix[i];
            }
        }
        return sum;
    }

    private static void square(long[] square, long[] matrix) {
        for (int n = 0; n < BITS; n++) {
            square[n] = times(matrix, matrix[n]);
        }
    }
}
