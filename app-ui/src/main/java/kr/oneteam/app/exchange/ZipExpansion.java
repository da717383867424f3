package kr.oneteam.app.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A zip bomb check before POI opens an XLSX: inflates every part once, counting, and stops as soon as the
 * parts together pass {@link SheetUpload#MAX_EXPANDED_BYTES} or the file has implausibly many parts. POI's own
 * guards (ZipSecureFile's inflate ratio) stay on as a second line.
 */
final class ZipExpansion {

    private static final int MAX_ENTRIES = 10_000;

    private ZipExpansion() {
    }

    static void check(byte[] zip) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (++entries > MAX_ENTRIES) {
                    throw new SheetRefused("sheets.xlsx.expands", SheetUpload.MAX_EXPANDED_BYTES / (1024 * 1024));
                }
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    total += n;
                    if (total > SheetUpload.MAX_EXPANDED_BYTES) {
                        throw new SheetRefused("sheets.xlsx.expands", SheetUpload.MAX_EXPANDED_BYTES / (1024 * 1024));
                    }
                }
            }
        } catch (IOException | IllegalArgumentException broken) {
            throw new SheetRefused("sheets.xlsx.broken");
        }
        if (entries == 0) {
            throw new SheetRefused("sheets.notSpreadsheet");
        }
    }
}
