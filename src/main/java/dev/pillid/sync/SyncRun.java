package dev.pillid.sync;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An immutable view of one sync run, for the web layer. */
public record SyncRun(UUID id, String state, String trigger, String startedBy, OffsetDateTime startedAt,
                      OffsetDateTime finishedAt, String phase, String currentFile, UUID importJobId, long done, Long total,
                      int filesListed, int filesToApply, int filesApplied, int filesSkipped, String error) {

    public static final String RUNNING = "running";
    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";
    public static final String INTERRUPTED = "interrupted";

    static SyncRun of(SyncRunEntity e) {
        return new SyncRun(e.id, e.state, e.trigger, e.startedBy, e.startedAt, e.finishedAt, e.phase, e.currentFile,
                e.importJobId, e.done, e.total, e.filesListed, e.filesToApply, e.filesApplied, e.filesSkipped, e.error);
    }

    /** The same run as one whose holder is gone: a row left running by a service that stopped. */
    SyncRun interrupted() {
        return new SyncRun(id, INTERRUPTED, trigger, startedBy, startedAt, finishedAt, phase, currentFile, importJobId, done,
                total, filesListed, filesToApply, filesApplied, filesSkipped, SyncRepository.INTERRUPTED_ERROR);
    }
}
