package kr.oneteam.app.intake;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The body sizes of INTAKE.md: 2 MB for one proposal, 64 MB for a batch or a preview. A declared
 * Content-Length above the limit is refused before anything is read; a body without one (chunked) is read
 * through {@link #cap}, which stops at the limit instead of reading on.
 */
public final class BodyLimit {

    public static final long ONE_PROPOSAL = 2L * 1024 * 1024;
    public static final long BATCH = 64L * 1024 * 1024;

    private BodyLimit() {
    }

    public static InputStream cap(InputStream body, long limit) {
        return new FilterInputStream(body) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(Math.max(0, n));
                return n;
            }

            private void count(int n) throws TooLarge {
                read += n;
                if (read > limit) {
                    throw new TooLarge(limit);
                }
            }
        };
    }

    /** The body is larger than its endpoint takes: answered 413. */
    public static final class TooLarge extends IOException {

        private final long limit;

        public TooLarge(long limit) {
            super("request body larger than " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }
}
