package dev.pillid.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One import of one file (schema: Flyway V2). */
@Entity
@Table(name = "import_job")
public class ImportJobEntity {

    @Id
    public UUID id;
    public String state;
    public String format;
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "file_size")
    public Long fileSize;
    @Column(name = "submitted_by")
    public String submittedBy;
    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;
    @Column(name = "started_at")
    public OffsetDateTime startedAt;
    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
    public String phase;
    public long done;
    public Long total;
    @Column(name = "read_count")
    public int read;
    public int added;
    public int updated;
    public int unchanged;
    public int duplicates;
    public int rejected;
    public String error;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ImportBatch.Rejection> rejections = new ArrayList<>();
}
