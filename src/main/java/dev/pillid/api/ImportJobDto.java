package dev.pillid.api;

import dev.pillid.imports.ImportJob;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

@Schema(name = "ImportJob", description = "One import of one file: its state, progress, counts and rejected records.")
public record ImportJobDto(
        @Schema(example = "3f1c2a7e-4b7d-4f55-9d0e-8f1a1d2b3c4d") String id,
        @Schema(enumeration = {"queued", "running", "succeeded", "failed"}, example = "succeeded") String state,
        @Schema(enumeration = {"pillbox", "spl", "rximage"}, example = "spl") String format,
        @Schema(example = "dm_spl_release_human_rx_part1.zip") String fileName,
        @Schema(description = "Bytes") Long fileSize,
        String submittedBy,
        OffsetDateTime submittedAt,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        Progress progress,
        Counts counts,
        @Schema(description = "Why the import failed, when it did; nothing of a failed import is stored") String error,
        @Schema(description = "Records not taken, with where they are in the file and why (the first 1000)") List<Rejection> rejections,
        @Schema(description = "This job's URL") String self) {

    @Schema(name = "ImportProgress")
    public record Progress(
            @Schema(enumeration = {"queued", "reading", "storing", "done"}, example = "storing") String phase,
            @Schema(description = "Bytes read while reading, records stored while storing") long done,
            Long total,
            @Schema(description = "done / total, from 0 to 100", example = "42.5") Double percent) {
    }

    @Schema(name = "ImportCounts")
    public record Counts(
            @Schema(description = "Records read from the file") int read,
            @Schema(description = "New pills") int added,
            @Schema(description = "Pills whose stored record changed") int updated,
            @Schema(description = "Pills already stored as read") int unchanged,
            @Schema(description = "Records repeating an earlier record of the file, merged into it") int duplicates,
            @Schema(description = "Records not taken") int rejected) {
    }

    @Schema(name = "ImportRejection")
    public record Rejection(@Schema(example = "line 12") String where, @Schema(example = "unknown shape C99999") String reason) {
    }

    static ImportJobDto of(ImportJob job, String self) {
        Double percent = job.total() == null || job.total() == 0 ? null
                : Math.min(100.0, Math.round(1000.0 * job.done() / job.total()) / 10.0);
        List<Rejection> rejections = job.rejections().stream().map(r -> new Rejection(r.where(), r.reason())).toList();
        return new ImportJobDto(job.id().toString(), job.state(), job.format(), job.fileName(), job.fileSize(),
                job.submittedBy(), job.submittedAt(), job.startedAt(), job.finishedAt(),
                new Progress(job.phase(), job.done(), job.total(), percent),
                new Counts(job.read(), job.added(), job.updated(), job.unchanged(), job.duplicates(), job.rejected()),
                job.error(), rejections, self);
    }

}
