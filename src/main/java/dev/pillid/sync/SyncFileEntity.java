package dev.pillid.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One update file a sync has taken up (schema: Flyway V6). */
@Entity
@Table(name = "sync_file")
public class SyncFileEntity {

    @Id
    public UUID id;
    public String name;
    public String kind;
    @Column(name = "file_date")
    public LocalDate fileDate;
    public String md5;
    public String url;
    public Long size;
    public String state;
    public String error;
    @Column(name = "run_id")
    public UUID runId;
    @Column(name = "import_job_id")
    public UUID importJobId;
    public int attempts;
    @Column(name = "first_seen_at")
    public OffsetDateTime firstSeenAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "applied_at")
    public OffsetDateTime appliedAt;
}
