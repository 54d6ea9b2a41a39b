package dev.pillid.sync;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An immutable view of one update file a sync took up, for the web layer. */
public record SyncedFile(UUID id, String name, String kind, LocalDate date, String md5, String url, Long size, String state,
                         String error, UUID runId, UUID importJobId, int attempts, OffsetDateTime firstSeenAt,
                         OffsetDateTime updatedAt, OffsetDateTime appliedAt) {

    public static final String DOWNLOADING = "downloading";
    public static final String IMPORTING = "importing";
    public static final String APPLIED = "applied";
    public static final String FAILED = "failed";

    static SyncedFile of(SyncFileEntity e) {
        return new SyncedFile(e.id, e.name, e.kind, e.fileDate, e.md5, e.url, e.size, e.state, e.error, e.runId, e.importJobId,
                e.attempts, e.firstSeenAt, e.updatedAt, e.appliedAt);
    }
}
