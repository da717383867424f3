package kr.oneteam.app.workspace;

import java.time.OffsetDateTime;
import java.util.SortedMap;

/** A draft as its owner sees it: name, what it started from, its files and their hash. */
public record DraftView(long id, String owner, String name, Long basedOnVersionId, OffsetDateTime createdAt,
                        OffsetDateTime updatedAt, SortedMap<String, String> files, String hash) {

    public int fileCount() {
        return files.size();
    }
}
