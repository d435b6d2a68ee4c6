package org.cellcompare.rates;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Stops a zip entry that inflates far beyond any real rate file (a zip bomb) instead of filling memory or disk. */
final class BoundedInputStream extends FilterInputStream {

    private long remaining;

    BoundedInputStream(InputStream in, long limit) {
        super(in);
        this.remaining = limit;
    }

    @Override
    public int read() throws IOException {
        checkLimit();
        int b = super.read();
        remaining -= b < 0 ? 0 : 1;
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        checkLimit();
        int n = super.read(buffer, offset, (int) Math.min(length, remaining + 1));
        remaining -= Math.max(n, 0);
        return n;
    }

    private void checkLimit() throws IOException {
        if (remaining < 0) {
            throw new IOException("the file inside the zip is far larger than any rate file");
        }
    }

    @Override
    public void close() {
        // the zip stream is closed by its owner
    }
}
