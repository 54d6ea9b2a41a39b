package dev.pillid.sync;

import dev.pillid.imports.Excerpt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The sync's runs and files. Every change is its own transaction, so that a run's progress is
 * visible while it goes on and its end is written whatever an import's transaction does; except
 * {@link #markApplied}, which is written in the import's own catalog transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SyncRepository {

    static final String INTERRUPTED_ERROR = "the service stopped or lost its database during this run; the next run goes on "
            + "where it ended (a partial download resumes, an import that did not commit is done again)";
    /** How much of an error a row keeps. */
    private static final int ERROR = 500;

    @Inject
    EntityManager em;

    SyncRun createRun(String trigger, String startedBy) {
        SyncRunEntity run = new SyncRunEntity();
        run.id = UUID.randomUUID();
        run.state = SyncRun.RUNNING;
        run.trigger = trigger;
        run.startedBy = startedBy == null ? null : Excerpt.of(startedBy, 200);
        run.startedAt = OffsetDateTime.now();
        run.phase = "listing";
        em.persist(run);
        return SyncRun.of(run);
    }

    /** Runs left running by a holder of the sync lock that is gone; called by the lock's new holder. */
    int interruptStale() {
        return em.createQuery("update SyncRunEntity set state = :interrupted, finishedAt = :now, error = :error, phase = 'done' "
                        + "where state = :running")
                .setParameter("interrupted", SyncRun.INTERRUPTED).setParameter("now", OffsetDateTime.now())
                .setParameter("error", INTERRUPTED_ERROR).setParameter("running", SyncRun.RUNNING).executeUpdate();
    }

    void listed(UUID runId, int listed, int toApply) {
        SyncRunEntity run = run(runId);
        run.filesListed = listed;
        run.filesToApply = toApply;
    }

    void progress(UUID runId, String phase, String file, UUID importJobId, long done, Long total) {
        SyncRunEntity run = run(runId);
        run.phase = phase;
        run.currentFile = file;
        run.importJobId = importJobId;
        run.done = done;
        run.total = total;
    }

    void counted(UUID runId, int applied, int skipped) {
        SyncRunEntity run = run(runId);
        run.filesApplied = applied;
        run.filesSkipped = skipped;
    }

    void finishRun(UUID runId, String state, String error) {
        SyncRunEntity run = run(runId);
        run.state = state;
        run.phase = "done";
        run.finishedAt = OffsetDateTime.now();
        run.error = error == null ? null : Excerpt.of(error, ERROR);
    }

    /**
     * The row of this file: of its name and checksum, or of its name when either side has no
     * checksum (a listing that published none then, or publishes none now, names the same file).
     */
    Optional<SyncedFile> find(String name, String md5) {
        List<SyncFileEntity> named = em.createQuery("from SyncFileEntity where name = :name order by firstSeenAt", SyncFileEntity.class)
                .setParameter("name", name).getResultList();
        return named.stream().filter(f -> Objects.equals(f.md5, md5)).findFirst()
                .or(() -> named.stream().filter(f -> f.md5 == null || md5 == null)
                        .min((a, b) -> Boolean.compare(!SyncedFile.APPLIED.equals(a.state), !SyncedFile.APPLIED.equals(b.state))))
                .map(SyncedFile::of);
    }

    /** The date of the newest file of these kinds applied, if any. */
    Optional<LocalDate> newestApplied(Collection<String> kinds) {
        return Optional.ofNullable(em.createQuery("select max(fileDate) from SyncFileEntity where state = :applied and kind in :kinds",
                        LocalDate.class)
                .setParameter("applied", SyncedFile.APPLIED).setParameter("kinds", kinds).getSingleResult());
    }

    UUID createFile(UpdateFile file, UUID runId) {
        SyncFileEntity row = new SyncFileEntity();
        row.id = UUID.randomUUID();
        row.name = file.name();
        row.kind = file.kind().id();
        row.fileDate = file.date();
        row.md5 = file.md5();
        row.url = Excerpt.of(String.valueOf(file.url()), 1000);
        row.state = SyncedFile.DOWNLOADING;
        row.runId = runId;
        row.firstSeenAt = OffsetDateTime.now();
        row.updatedAt = row.firstSeenAt;
        em.persist(row);
        return row.id;
    }

    void downloading(UUID fileId, UUID runId, UpdateFile offered) {
        SyncFileEntity row = file(fileId);
        row.state = SyncedFile.DOWNLOADING;
        row.runId = runId;
        row.error = null;
        row.attempts++;
        if (row.md5 == null && offered.md5() != null) {
            row.md5 = offered.md5();
        }
        row.url = Excerpt.of(String.valueOf(offered.url()), 1000);
        row.updatedAt = OffsetDateTime.now();
    }

    void importing(UUID fileId, long size, UUID importJobId) {
        SyncFileEntity row = file(fileId);
        row.state = SyncedFile.IMPORTING;
        row.size = size;
        row.importJobId = importJobId;
        row.updatedAt = OffsetDateTime.now();
    }

    void failFile(UUID fileId, String error) {
        SyncFileEntity row = file(fileId);
        row.state = SyncedFile.FAILED;
        row.error = Excerpt.of(error, ERROR);
        row.updatedAt = OffsetDateTime.now();
    }

    /** Written in the transaction that stores the file's records: the file is applied exactly when they are stored. */
    @Transactional(Transactional.TxType.MANDATORY)
    void markApplied(UUID fileId, UUID importJobId) {
        SyncFileEntity row = file(fileId);
        row.state = SyncedFile.APPLIED;
        row.importJobId = importJobId;
        row.error = null;
        row.appliedAt = OffsetDateTime.now();
        row.updatedAt = row.appliedAt;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<SyncRun> findRun(UUID id) {
        return Optional.ofNullable(em.find(SyncRunEntity.class, id)).map(SyncRun::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    List<SyncRun> recentRuns(int limit) {
        return em.createQuery("from SyncRunEntity order by startedAt desc", SyncRunEntity.class).setMaxResults(limit)
                .getResultList().stream().map(SyncRun::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    List<SyncedFile> applied(int limit) {
        return em.createQuery("from SyncFileEntity where state = :applied order by appliedAt desc", SyncFileEntity.class)
                .setParameter("applied", SyncedFile.APPLIED).setMaxResults(limit)
                .getResultList().stream().map(SyncedFile::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    List<SyncedFile> notApplied(int limit) {
        return em.createQuery("from SyncFileEntity where state <> :applied order by updatedAt desc", SyncFileEntity.class)
                .setParameter("applied", SyncedFile.APPLIED).setMaxResults(limit)
                .getResultList().stream().map(SyncedFile::of).toList();
    }

    private SyncRunEntity run(UUID id) {
        SyncRunEntity run = em.find(SyncRunEntity.class, id);
        if (run == null) {
            throw new IllegalStateException("sync run " + id + " is gone");
        }
        return run;
    }

    private SyncFileEntity file(UUID id) {
        SyncFileEntity file = em.find(SyncFileEntity.class, id);
        if (file == null) {
            throw new IllegalStateException("sync file " + id + " is gone");
        }
        return file;
    }
}
