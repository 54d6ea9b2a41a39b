package dev.pillid.imports;

import dev.pillid.catalog.BackgroundWork;
import dev.pillid.catalog.PillRecord;
import dev.pillid.catalog.CatalogService;
import dev.pillid.catalog.Vocabularies;
import dev.pillid.config.PillIdConfig;
import dev.pillid.catalog.CatalogDatabaseReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs imports one at a time in the background: read the whole file into a batch (nothing is
 * stored yet), store the batch in one catalog transaction, then swap the new catalog in for
 * searches. A file that cannot be read, or a failure while storing, leaves the catalog as it was.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);
    private static final long PROGRESS_EVERY_MS = 300;

    private final CatalogService catalog;
    private final ImportJobRepository jobs;
    private final Vocabularies vocabularies;
    private final PillIdConfig config;
    /** One task at a time, so that imports run one after another in the order submitted. */
    private final ManagedExecutor worker;

    ImportService(CatalogService catalog, ImportJobRepository jobs, Vocabularies vocabularies, PillIdConfig config,
                  @BackgroundWork ManagedExecutor worker) {
        this.catalog = catalog;
        this.jobs = jobs;
        this.vocabularies = vocabularies;
        this.config = config;
        this.worker = worker;
    }

    /** Once the database answers (at start, or later), imports a stop interrupted are marked failed. */
    void onDatabaseReady(@Observes CatalogDatabaseReady event) {
        int interrupted = jobs.failInterrupted();
        if (interrupted > 0) {
            LOG.warnf("%d import(s) were interrupted by the last stop; they stored nothing and are marked failed", interrupted);
        }
    }

    /**
     * Queues the import of a file.
     *
     * @param file           the file to read
     * @param deleteWhenDone whether the file is a staged upload, to delete when its import ends
     */
    public ImportJob submit(ImportFormat format, Path file, String fileName, boolean deleteWhenDone, String submittedBy)
            throws IOException {
        ImportJob job = jobs.create(format, fileName, Files.size(file), submittedBy);
        worker.execute(() -> {
            try {
                run(job.id(), format, file, fileName, deleteWhenDone);
            } catch (RuntimeException e) {
                LOG.errorf(e, "import %s could not record its end", job.id());
            }
        });
        return job;
    }

    public Optional<ImportJob> job(UUID id) {
        return jobs.job(id);
    }

    public List<ImportJob> recent(int limit) {
        return jobs.recent(limit);
    }

    CatalogReader reader(ImportFormat format) {
        return CatalogReaders.of(format, vocabularies, config.imports().splImageUrl());
    }

    @ActivateRequestContext
    void run(UUID id, ImportFormat format, Path file, String fileName, boolean deleteWhenDone) {
        ImportBatch batch = new ImportBatch();
        try {
            long size = Files.size(file);
            jobs.start(id, size);
            CatalogReader reader = reader(format);
            Progress reading = new Progress(id, "reading", size);
            try (InputStream in = new CountingInputStream(Files.newInputStream(file), reading)) {
                reader.read(in, fileName, batch);
            }
            Collection<PillRecord> entries = batch.entries();
            Progress storing = new Progress(id, "storing", entries.size());
            storing.report(0, true);
            CatalogService.StoreOutcome outcome = catalog.store(reader.source(), entries, done -> storing.report(done, false));
            catalog.refresh();
            jobs.succeed(id, batch, outcome);
            LOG.infof("import %s of %s: read %d, added %d, updated %d, unchanged %d, rejected %d", id, fileName,
                    batch.read(), outcome.added(), outcome.updated(), outcome.unchanged(), batch.rejected());
        } catch (UnreadableFileException e) {
            LOG.infof("import %s of %s failed: %s", id, fileName, e.getMessage());
            jobs.fail(id, "The file cannot be imported as " + format.id() + ": " + e.getMessage()
                    + ". Nothing was stored.", batch);
        } catch (Exception e) {
            LOG.errorf(e, "import %s of %s failed", id, fileName);
            jobs.fail(id, "The import failed while " + (batch.read() == 0 ? "reading" : "storing")
                    + " and stored nothing (see the service log for import " + id + ").", batch);
        } finally {
            if (deleteWhenDone) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.warnf("cannot delete the staged upload %s: %s", file, e.getMessage());
                }
            }
        }
    }

    /** Reports a phase's progress to the job's row, at most every few hundred milliseconds. */
    private final class Progress {
        private final UUID id;
        private final String phase;
        private final long total;
        private long lastReport;

        Progress(UUID id, String phase, long total) {
            this.id = id;
            this.phase = phase;
            this.total = total;
        }

        void report(long done, boolean now) {
            long time = System.currentTimeMillis();
            if (now || time - lastReport >= PROGRESS_EVERY_MS) {
                lastReport = time;
                jobs.progress(id, phase, done, total);
            }
        }
    }

    /** Counts the bytes read, to tell how far reading has come. */
    private static final class CountingInputStream extends FilterInputStream {
        private final Progress progress;
        private long count;

        CountingInputStream(InputStream in, Progress progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                advance(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                advance(n);
            }
            return n;
        }

        private void advance(long n) {
            count += n;
            progress.report(count, false);
        }
    }
}
