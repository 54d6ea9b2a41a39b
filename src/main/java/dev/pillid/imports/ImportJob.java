package dev.pillid.imports;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An immutable view of one import, for the web layer. */
public record ImportJob(
        UUID id,
        String state,
        String format,
        String fileName,
        Long fileSize,
        String submittedBy,
        OffsetDateTime submittedAt,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        String phase,
        long done,
        Long total,
        int read,
        int added,
        int updated,
        int unchanged,
        int duplicates,
        int rejected,
        String error,
        List<ImportBatch.Rejection> rejections) {

    public static final String QUEUED = "queued";
    public static final String RUNNING = "running";
    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";

    public ImportJob {
        rejections = rejections == null ? List.of() : List.copyOf(rejections);
    }

    static ImportJob of(ImportJobEntity e) {
        return new ImportJob(e.id, e.state, e.format, e.fileName, e.fileSize, e.submittedBy, e.submittedAt, e.startedAt,
                e.finishedAt, e.phase, e.done, e.total, e.read, e.added, e.updated, e.unchanged, e.duplicates, e.rejected,
                e.error, e.rejections);
    }
}
