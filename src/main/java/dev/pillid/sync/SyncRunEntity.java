package dev.pillid.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One run of the DailyMed sync (schema: Flyway V6). */
@Entity
@Table(name = "sync_run")
public class SyncRunEntity {

    @Id
    public UUID id;
    public String state;
    public String trigger;
    @Column(name = "started_by")
    public String startedBy;
    @Column(name = "started_at")
    public OffsetDateTime startedAt;
    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
    public String phase;
    @Column(name = "current_file")
    public String currentFile;
    @Column(name = "import_job_id")
    public UUID importJobId;
    public long done;
    public Long total;
    @Column(name = "files_listed")
    public int filesListed;
    @Column(name = "files_to_apply")
    public int filesToApply;
    @Column(name = "files_applied")
    public int filesApplied;
    @Column(name = "files_skipped")
    public int filesSkipped;
    public String error;
}
