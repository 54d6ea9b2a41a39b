package dev.pillid.api;

import com.fasterxml.jackson.annotation.JsonInclude;
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
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Records not taken, with where they are in the file and why (the first 1000); in the answer "
                + "for one import only, not in the list of imports") List<Rejection> rejections,
        @Schema(description = "The rejected records a page at a time") String rejectionsUrl,
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

    /** A page of an import's rejected records. */
    @Schema(name = "ImportRejections")
    public record RejectionPage(
            @Schema(description = "Rejected records listed in all (at most the first 1000 of the import)") int total,
            int limit,
            int offset,
            List<Rejection> items) {

        static RejectionPage of(ImportJob job, int limit, int offset) {
            List<Rejection> all = rejectionsOf(job);
            int from = Math.min(offset, all.size());
            int to = Math.min(all.size(), from + limit);
            return new RejectionPage(all.size(), limit, offset, all.subList(from, to));
        }
    }

    private static List<Rejection> rejectionsOf(ImportJob job) {
        return job.rejections().stream().map(r -> new Rejection(r.where(), r.reason())).toList();
    }

    /** The import, with its rejected records listed or not ({@code withRejections}). */
    static ImportJobDto of(ImportJob job, String self, boolean withRejections) {
        Double percent = job.total() == null || job.total() == 0 ? null
                : Math.min(100.0, Math.round(1000.0 * job.done() / job.total()) / 10.0);
        List<Rejection> rejections = withRejections ? rejectionsOf(job) : null;
        return new ImportJobDto(job.id().toString(), job.state(), job.format(), job.fileName(), job.fileSize(),
                job.submittedBy(), job.submittedAt(), job.startedAt(), job.finishedAt(),
                new Progress(job.phase(), job.done(), job.total(), percent),
                new Counts(job.read(), job.added(), job.updated(), job.unchanged(), job.duplicates(), job.rejected()),
                job.error(), rejections, self + "/rejections", self);
    }

}
