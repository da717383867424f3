package kr.oneteam.app.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * A zip bomb check before POI opens an XLSX: inflates every part once, counting, and stops as soon as the
 * parts together pass {@link SheetUpload#MAX_EXPANDED_BYTES} or the file has implausibly many parts — whatever
 * sizes the zip's directory claims. POI's own guards (ZipSecureFile's inflate ratio) stay on as a second line.
 * Read through the central directory (commons-compress, which POI brings), because XLSX writers use entries
 * that {@code java.util.zip.ZipInputStream} cannot stream.
 */
final class ZipExpansion {

    private static final int MAX_ENTRIES = 10_000;

    private ZipExpansion() {
    }

    static void check(byte[] zip) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile file = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            for (Enumeration<ZipArchiveEntry> all = file.getEntries(); all.hasMoreElements(); ) {
                ZipArchiveEntry entry = all.nextElement();
                if (++entries > MAX_ENTRIES) {
                    throw expands();
                }
                try (InputStream in = file.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) >= 0; ) {
                        total += n;
                        if (total > SheetUpload.MAX_EXPANDED_BYTES) {
                            throw expands();
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException broken) {
            if (broken instanceof SheetRefused refused) {
                throw refused;
            }
            throw new SheetRefused("sheets.xlsx.broken");
        }
        if (entries == 0) {
            throw new SheetRefused("sheets.notSpreadsheet");
        }
    }

    private static SheetRefused expands() {
        return new SheetRefused("sheets.xlsx.expands", SheetUpload.MAX_EXPANDED_BYTES / (1024 * 1024));
    }
}
