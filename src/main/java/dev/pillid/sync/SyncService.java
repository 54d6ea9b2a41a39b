package dev.pillid.sync;

import dev.pillid.config.PillIdConfig;
import dev.pillid.imports.ImportFormat;
import dev.pillid.imports.ImportJob;
import dev.pillid.imports.ImportService;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The DailyMed sync (docs/imports.md: DailyMed sync): list the update files, and for each one not
 * yet applied, oldest first, download and verify it, import it through the import pipeline, and
 * record it applied in the import's own transaction. The first file that fails ends the run; the
 * next run begins with it again.
 */
@ApplicationScoped
public class SyncService {

    private static final Logger LOG = Logger.getLogger(SyncService.class);
    private static final long PROGRESS_EVERY_MS = 300;
    static final String SUBMITTER = "dailymed-sync";

    private final SyncRepository repository;
    private final SyncLock lock;
    private final ImportService imports;
    private final PillIdConfig config;
    private final AllowedUrls allowed;
    private final URI base;
    private final Set<UpdateFile.Kind> kinds;
    private final AtomicBoolean runningHere = new AtomicBoolean();
    /** The run's own thread: it waits for imports, which run on the import worker, so it must never be that worker. */
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "pillid-sync");
        thread.setDaemon(true);
        return thread;
    });

    SyncService(SyncRepository repository, SyncLock lock, ImportService imports, PillIdConfig config) {
        this.repository = repository;
        this.lock = lock;
        this.imports = imports;
        this.config = config;
        this.base = baseUrl(config.sync().baseUrl());
        this.allowed = new AllowedUrls(base, config.sync().fileHosts());
        this.kinds = kinds(config.sync().updates());
    }

    private static URI baseUrl(String text) {
        URI url = URI.create(text.trim());
        if (!url.isAbsolute() || url.getHost() == null || !(url.getScheme().equalsIgnoreCase("https") || url.getScheme().equalsIgnoreCase("http"))) {
            throw new IllegalArgumentException("pillid.sync.base-url must be an http or https URL, not " + text);
        }
        return url;
    }

    private static Set<UpdateFile.Kind> kinds(List<String> ids) {
        Set<UpdateFile.Kind> kinds = new LinkedHashSet<>();
        for (String id : ids) {
            UpdateFile.Kind kind = UpdateFile.Kind.of(id).filter(k -> k != UpdateFile.Kind.RELEASE).orElseThrow(() ->
                    new IllegalArgumentException("pillid.sync.updates: '" + id + "' is not daily, weekly or monthly"));
            kinds.add(kind);
        }
        return kinds;
    }

    /** A run is under way, here or on another replica. */
    public static final class AlreadyRunning extends Exception {
        private final transient Optional<SyncRun> run;

        AlreadyRunning(Optional<SyncRun> run) {
            super("a sync is already running", null, false, false);
            this.run = run;
        }

        public Optional<SyncRun> run() {
            return run;
        }
    }

    /**
     * Starts a run in the background, once it holds the sync lock.
     *
     * @throws AlreadyRunning when a run is under way on this or another replica
     * @throws SQLException   when the database cannot be reached
     */
    public synchronized SyncRun start(String trigger, String startedBy) throws AlreadyRunning, SQLException {
        if (runningHere.get()) {
            throw new AlreadyRunning(current());
        }
        Optional<SyncLock.Held> held = lock.tryAcquire();
        if (held.isEmpty()) {
            throw new AlreadyRunning(current());
        }
        SyncRun run;
        try {
            int stale = repository.interruptStale();
            if (stale > 0) {
                LOG.warnf("%d sync run(s) had been left running by a service that stopped or lost its database; marked interrupted", stale);
            }
            run = repository.createRun(trigger, startedBy);
        } catch (RuntimeException e) {
            held.get().close();
            throw e;
        }
        runningHere.set(true);
        try {
            runner.execute(() -> {
                try (SyncLock.Held owned = held.get()) {
                    execute(run.id());
                } finally {
                    runningHere.set(false);
                }
            });
        } catch (RuntimeException e) {
            runningHere.set(false);
            held.get().close();
            throw e;
        }
        return run;
    }

    void stop(@Observes ShutdownEvent event) {
        runner.shutdownNow();
    }

    /** The run under way, on any replica. */
    public Optional<SyncRun> current() {
        return repository.recentRuns(1).stream().findFirst().filter(r -> SyncRun.RUNNING.equals(r.state()));
    }

    /** What the sync has done: the latest runs (a run whose holder is gone shown interrupted), and the files. */
    public record Status(List<SyncRun> runs, List<SyncedFile> applied, List<SyncedFile> notApplied) {
    }

    public Status status(int runs, int files) throws SQLException {
        boolean underWay = runningHere.get() || lock.heldAnywhere();
        List<SyncRun> recent = repository.recentRuns(runs).stream()
                .map(r -> SyncRun.RUNNING.equals(r.state()) && !underWay ? r.interrupted() : r).toList();
        return new Status(recent, repository.applied(files), repository.notApplied(files));
    }

    public Optional<SyncRun> run(UUID id) throws SQLException {
        Optional<SyncRun> run = repository.findRun(id);
        if (run.isPresent() && SyncRun.RUNNING.equals(run.get().state()) && !runningHere.get() && !lock.heldAnywhere()) {
            return run.map(SyncRun::interrupted);
        }
        return run;
    }

    public String describeSource() {
        return base.resolve(config.sync().listing()).toString();
    }

    public List<String> updates() {
        return kinds.stream().map(UpdateFile.Kind::id).toList();
    }

    private void execute(UUID runId) {
        Progress progress = new Progress(runId);
        int applied = 0;
        int skipped = 0;
        try {
            URI listingUrl = base.resolve(config.sync().listing());
            SyncHttp http = new SyncHttp(allowed, config.sync().connectTimeout(), config.sync().readTimeout());
            List<UpdateFile> listed = UpdateListing.read(http.text(listingUrl, config.sync().maxListingSize().asLongValue()),
                    listingUrl, allowed);
            List<UpdateFile> updates = new ArrayList<>(listed.stream().filter(f -> kinds.contains(f.kind())).toList());
            updates.sort(Comparator.comparing(UpdateFile::date).thenComparing(UpdateFile::name));
            repository.listed(runId, listed.size(), updates.size());
            Set<String> skip = config.sync().skipFiles().orElse(Set.of());
            Optional<LocalDate> newest = repository.newestApplied(kinds.stream().map(UpdateFile.Kind::id).toList());
            UpdateDownload downloads = new UpdateDownload(http, config.sync().workDir(), config.sync().maxFileSize().asLongValue(),
                    config.sync().downloadTimeout(), config.imports().maxInflatedSize().asLongValue(), config.imports().maxEntries());
            for (UpdateFile file : updates) {
                Optional<SyncedFile> known = repository.find(file.name(), file.md5());
                if (known.isPresent() && SyncedFile.APPLIED.equals(known.get().state())) {
                    skipped++;
                } else if (skip.contains(file.name())) {
                    LOG.infof("sync %s: %s passed over, as pillid.sync.skip-files says", runId, file.name());
                    skipped++;
                } else if (newest.isPresent() && file.date().isBefore(newest.get())) {
                    LOG.infof("sync %s: %s passed over: older than the newest file applied (%s)", runId, file.name(), newest.get());
                    skipped++;
                } else {
                    apply(runId, file, known, downloads, progress);
                    applied++;
                    newest = Optional.of(newest.filter(d -> d.isAfter(file.date())).orElse(file.date()));
                }
                repository.counted(runId, applied, skipped);
            }
            repository.progress(runId, "done", null, null, 0, null);
            repository.finishRun(runId, SyncRun.SUCCEEDED, null);
            LOG.infof("sync %s: %d file(s) listed, %d of them %s; %d applied, %d skipped", runId, listed.size(), updates.size(),
                    updates(), applied, skipped);
        } catch (SyncFailure e) {
            LOG.warnf("sync %s failed: %s", runId, e.getMessage());
            end(runId, applied, skipped, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warnf("sync %s stopped with the service", runId);
        } catch (Throwable e) {
            LOG.errorf(e, "sync %s failed", runId);
            end(runId, applied, skipped, "the sync failed unexpectedly (see the service log for sync " + runId + ")");
        }
    }

    private void end(UUID runId, int applied, int skipped, String error) {
        try {
            repository.counted(runId, applied, skipped);
            repository.finishRun(runId, SyncRun.FAILED, error);
        } catch (RuntimeException e) {
            LOG.warnf("sync %s: its end cannot be written (%s); the next run marks it interrupted", runId, e.getMessage());
        }
    }

    /** Downloads, verifies and imports one file; a failure is recorded on the file and ends the run. */
    private void apply(UUID runId, UpdateFile file, Optional<SyncedFile> known, UpdateDownload downloads, Progress progress)
            throws SyncFailure, InterruptedException, IOException {
        if (file.url() == null) {
            throw new SyncFailure(file.name() + " is linked only from URLs the sync may not fetch (the base URL's own host, "
                    + "or https on pillid.sync.file-hosts)");
        }
        UUID fileId = known.map(SyncedFile::id).orElseGet(() -> repository.createFile(file, runId));
        repository.downloading(fileId, runId, file);
        UpdateDownload.Verified verified;
        try {
            verified = downloads.fetch(file, (done, total) -> progress.report("downloading", file.name(), null, done, total));
        } catch (SyncFailure e) {
            repository.failFile(fileId, e.getMessage());
            throw e;
        }
        ImportService.Queued queued = imports.submit(ImportFormat.SPL, verified.file(), file.name(), SUBMITTER,
                jobId -> repository.markApplied(fileId, jobId));
        repository.importing(fileId, verified.size(), queued.job().id());
        progress.report("importing", file.name(), queued.job().id(), 0, null);
        ImportJob ended;
        try {
            ended = queued.ended().get();
        } catch (ExecutionException e) {
            repository.failFile(fileId, "its import could not record its end (see the service log for import " + queued.job().id() + ")");
            throw new SyncFailure(file.name() + ": its import could not record its end");
        }
        if (!ImportJob.SUCCEEDED.equals(ended.state())) {
            downloads.discard(file);
            String why = file.name() + ": its import failed: " + ended.error();
            repository.failFile(fileId, why);
            throw new SyncFailure(why);
        }
        Files.deleteIfExists(verified.file());
        LOG.infof("sync %s: applied %s (import %s: added %d, updated %d, unchanged %d, rejected %d)", runId, file.name(),
                ended.id(), ended.added(), ended.updated(), ended.unchanged(), ended.rejected());
    }

    /** Reports the run's progress to its row, at most every few hundred milliseconds. */
    private final class Progress {
        private final UUID runId;
        private long last;
        private String lastPhase;

        Progress(UUID runId) {
            this.runId = runId;
        }

        void report(String phase, String file, UUID importJob, long done, Long total) {
            long now = System.currentTimeMillis();
            if (!phase.equals(lastPhase) || now - last >= PROGRESS_EVERY_MS) {
                last = now;
                lastPhase = phase;
                repository.progress(runId, phase, file, importJob, done, total);
            }
        }
    }
}
