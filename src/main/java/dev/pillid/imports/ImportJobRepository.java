package dev.pillid.imports;

import dev.pillid.catalog.CatalogService;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The import jobs' own rows. Every change is its own transaction, so that a job's progress is
 * visible while the catalog transaction of its import is still open, and survives its rollback.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ImportJobRepository implements PanacheRepositoryBase<ImportJobEntity, UUID> {

    /** How much of a file name or a submitter's name a job keeps. */
    private static final int NAME = 200;

    /**
     * @param fileName    as the client named it: kept cut short and without control characters,
     *                    which PostgreSQL's text refuses (NUL) or which only garble a listing
     */
    public ImportJob create(ImportFormat format, String fileName, Long fileSize, String submittedBy) {
        ImportJobEntity job = new ImportJobEntity();
        job.id = UUID.randomUUID();
        job.state = ImportJob.QUEUED;
        job.format = format.id();
        job.fileName = Excerpt.of(fileName, NAME);
        job.fileSize = fileSize;
        job.submittedBy = Excerpt.of(submittedBy, NAME);
        job.submittedAt = OffsetDateTime.now();
        job.phase = "queued";
        persist(job);
        return ImportJob.of(job);
    }

    public void start(UUID id, Long total) {
        ImportJobEntity job = load(id);
        job.state = ImportJob.RUNNING;
        job.startedAt = OffsetDateTime.now();
        job.phase = "reading";
        job.done = 0;
        job.total = total;
    }

    public void progress(UUID id, String phase, long done, Long total) {
        ImportJobEntity job = load(id);
        job.phase = phase;
        job.done = done;
        job.total = total;
    }

    public void succeed(UUID id, ImportBatch.Counts counts, CatalogService.StoreOutcome outcome) {
        ImportJobEntity job = finish(id, ImportJob.SUCCEEDED, counts);
        job.added = outcome.added();
        job.updated = outcome.updated();
        job.unchanged = outcome.unchanged();
        job.done = outcome.added() + outcome.updated() + outcome.unchanged();
        job.total = job.done;
    }

    public void fail(UUID id, String error, ImportBatch.Counts counts) {
        finish(id, ImportJob.FAILED, counts).error = error;
    }

    private ImportJobEntity finish(UUID id, String state, ImportBatch.Counts counts) {
        ImportJobEntity job = load(id);
        job.state = state;
        job.phase = "done";
        job.finishedAt = OffsetDateTime.now();
        job.read = counts.read();
        job.duplicates = counts.duplicates();
        job.rejected = counts.rejected();
        job.rejections = new ArrayList<>(counts.rejections());
        return job;
    }

    /**
     * The job's row as this transaction's session manages it, so that changes to it are written
     * when the transaction commits (Panache's findById gives a copy this session does not manage).
     */
    private ImportJobEntity load(UUID id) {
        ImportJobEntity job = getEntityManager().find(ImportJobEntity.class, id);
        if (job == null) {
            throw new IllegalStateException("import job " + id + " is gone");
        }
        return job;
    }

    /**
     * Jobs a stopped service left queued or running: they stored nothing, and will not go on.
     * In SQL rather than HQL: this runs at every start, before the service is ready, and as the
     * first HQL statement it would make the start wait for Hibernate's query parser to warm up.
     */
    public int failInterrupted() {
        return getEntityManager()
                .createNativeQuery("update import_job set state = ?1, phase = 'done', finished_at = ?2, error = ?3 where state in (?4, ?5)")
                .setParameter(1, ImportJob.FAILED)
                .setParameter(2, OffsetDateTime.now())
                .setParameter(3, "the service stopped before this import finished; nothing of it was stored. Submit the file again.")
                .setParameter(4, ImportJob.QUEUED)
                .setParameter(5, ImportJob.RUNNING)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ImportJob> job(UUID id) {
        return Optional.ofNullable(getEntityManager().find(ImportJobEntity.class, id)).map(ImportJob::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ImportJob> recent(int limit) {
        return findAll(Sort.descending("submittedAt")).page(0, limit).list().stream().map(ImportJob::of).toList();
    }
}
