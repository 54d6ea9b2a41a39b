package dev.pillid.api;

import dev.pillid.sync.SyncRun;
import dev.pillid.sync.SyncedFile;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The DailyMed sync's answers. */
final class SyncDto {

    private SyncDto() {
    }

    @Schema(name = "SyncStatus", description = "What the DailyMed sync has applied, the run under way and the latest runs.")
    record Status(
            @Schema(description = "Where update files are listed (pillid.sync.base-url and pillid.sync.listing)",
                    example = "https://dailymed.nlm.nih.gov/dailymed/spl-resources-all-drug-labels.cfm") String listing,
            @Schema(description = "The kinds of update file applied (pillid.sync.updates)", example = "[\"daily\"]") List<String> updates,
            @Schema(description = "When runs start by themselves: a cron expression, or off (pillid.sync.schedule)", example = "off")
            String schedule,
            @Schema(description = "The run under way, on any replica, or null") Run current,
            @Schema(description = "The latest runs, newest first (at most 20)") List<Run> runs,
            @Schema(description = "The files applied, newest first (at most 100)") List<File> applied,
            @Schema(description = "Files taken up but not applied: being downloaded or imported, or failed with why (at most 100)")
            List<File> notApplied) {
    }

    @Schema(name = "SyncRun", description = "One run of the sync.")
    record Run(
            String id,
            @Schema(enumeration = {"running", "succeeded", "failed", "interrupted"}) String state,
            @Schema(enumeration = {"admin", "schedule"}) String trigger,
            String startedBy,
            OffsetDateTime startedAt,
            OffsetDateTime finishedAt,
            Progress progress,
            Files files,
            @Schema(description = "Why the run failed or was interrupted; the next run begins with the file that failed") String error,
            @Schema(description = "This run's URL") String self) {
    }

    @Schema(name = "SyncProgress")
    record Progress(
            @Schema(enumeration = {"listing", "downloading", "importing", "done"}) String phase,
            @Schema(description = "The file being downloaded or imported") String file,
            @Schema(description = "Bytes downloaded of the file") long done,
            @Schema(description = "Bytes the file has, when the server said") Long total,
            @Schema(description = "done / total, from 0 to 100") Double percent,
            @Schema(description = "The import of the file, with its own progress, while it is imported") String importUrl) {
    }

    @Schema(name = "SyncFileCounts")
    record Files(
            @Schema(description = "Files the listing offers, full releases included") int listed,
            @Schema(description = "Update files of the kinds applied") int ofTheKindsApplied,
            @Schema(description = "Applied by this run") int applied,
            @Schema(description = "Passed over: applied before, older than the newest applied, or named in pillid.sync.skip-files")
            int skipped) {
    }

    @Schema(name = "SyncFile", description = "One update file the sync took up.")
    record File(
            @Schema(example = "dm_spl_daily_update_12072026.zip") String name,
            @Schema(enumeration = {"daily", "weekly", "monthly"}) String kind,
            @Schema(description = "The last day the file covers") LocalDate date,
            @Schema(description = "The MD5 checksum the listing published, or null") String md5,
            @Schema(description = "Bytes") Long size,
            @Schema(enumeration = {"downloading", "importing", "applied", "failed"}) String state,
            @Schema(description = "Why it failed") String error,
            @Schema(description = "Runs that downloaded it") int attempts,
            String url,
            OffsetDateTime appliedAt,
            @Schema(description = "The import that stored it") String importUrl) {
    }

    static Run run(SyncRun run, String self, String importsUrl) {
        Double percent = run.total() == null || run.total() == 0 ? null
                : Math.min(100.0, Math.round(1000.0 * run.done() / run.total()) / 10.0);
        String importUrl = run.importJobId() == null || !"importing".equals(run.phase()) ? null : importsUrl + "/" + run.importJobId();
        return new Run(run.id().toString(), run.state(), run.trigger(), run.startedBy(), run.startedAt(), run.finishedAt(),
                new Progress(run.phase(), run.currentFile(), run.done(), run.total(), percent, importUrl),
                new Files(run.filesListed(), run.filesToApply(), run.filesApplied(), run.filesSkipped()), run.error(), self);
    }

    static File file(SyncedFile file, String importsUrl) {
        return new File(file.name(), file.kind(), file.date(), file.md5(), file.size(), file.state(), file.error(), file.attempts(),
                file.url(), file.appliedAt(), file.importJobId() == null ? null : importsUrl + "/" + file.importJobId());
    }
}
