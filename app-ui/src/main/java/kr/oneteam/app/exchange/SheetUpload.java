package kr.oneteam.app.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The limits of an uploaded sheet, checked while it is read — a 50 MB upload is refused after
 * {@link #MAX_BYTES} + 1 bytes, never read whole. The rows follow the intake's batch limit.
 */
public final class SheetUpload {

    /** 20 MB: about 10,000 proposals of ordinary length in CSV, far more in XLSX. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    /** Data rows per file: the intake's batch limit. */
    public static final int MAX_ROWS = kr.oneteam.app.intake.IntakeService.BATCH_MAX;
    /** What an XLSX file (a zip) may expand to, in all its parts together: a zip bomb stops here. */
    static final long MAX_EXPANDED_BYTES = 256L * 1024 * 1024;

    private SheetUpload() {
    }

    /** The upload's bytes, or a refusal as soon as it is longer than the limit. */
    static byte[] read(InputStream in) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                if (bytes.size() + n > MAX_BYTES) {
                    throw new SheetRefused.TooLarge();
                }
                bytes.write(buffer, 0, n);
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return bytes.toByteArray();
    }
}
