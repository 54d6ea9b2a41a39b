package dev.pillid.imports;

import dev.pillid.catalog.BackgroundWork;
import dev.pillid.catalog.PillRecord;
import dev.pillid.catalog.CatalogService;
import dev.pillid.catalog.Vocabularies;
import dev.pillid.config.PillIdConfig;
import dev.pillid.catalog.CatalogDatabaseReady;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Runs imports one at a time in the background: read the whole file into a batch (nothing is
 * stored yet), store the batch in one catalog transaction, then swap the new catalog in for
 * searches. A file that cannot be read, or a failure while storing, leaves the catalog as it was.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);
    private static final long PROGRESS_EVERY_MS = 300;
    /** How much of an unreadable file's reason a job's error keeps. */
    private static final int MAX_ERROR_DETAIL = 200;

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
        return queue(format, file, fileName, deleteWhenDone, submittedBy, id -> { }, new CompletableFuture<>());
    }

    /** An import queued by a caller that waits for it: {@code ended} completes with the job as it ended. */
    public record Queued(ImportJob job, CompletableFuture<ImportJob> ended) {
    }

    /**
     * Queues the import of a file like {@link #submit}, and has {@code inCatalogTransaction} (told the
     * job's id) write in the transaction that stores the file's records: what it writes commits
     * exactly when they do (the DailyMed sync marks a file applied so).
     */
    public Queued submit(ImportFormat format, Path file, String fileName, String submittedBy, Consumer<UUID> inCatalogTransaction)
            throws IOException {
        CompletableFuture<ImportJob> ended = new CompletableFuture<>();
        return new Queued(queue(format, file, fileName, false, submittedBy, inCatalogTransaction, ended), ended);
    }

    private ImportJob queue(ImportFormat format, Path file, String fileName, boolean deleteWhenDone, String submittedBy,
                            Consumer<UUID> inCatalogTransaction, CompletableFuture<ImportJob> ended) throws IOException {
        ImportJob job = jobs.create(format, fileName, Files.size(file), submittedBy);
        worker.execute(() -> {
            try {
                run(job.id(), format, file, fileName, deleteWhenDone, inCatalogTransaction);
                ended.complete(jobs.job(job.id()).orElseThrow());
            } catch (RuntimeException | Error e) {
                LOG.errorf(e, "import %s could not record its end", job.id());
                ended.completeExceptionally(e);
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
        return CatalogReaders.of(format, vocabularies, config.imports().splImageUrl(), ImportLimits.of(config.imports()));
    }

    @ActivateRequestContext
    void run(UUID id, ImportFormat format, Path file, String fileName, boolean deleteWhenDone, Consumer<UUID> inCatalogTransaction) {
        ImportBatch batch = new ImportBatch(config.imports().imageHosts());
        CatalogService.StoreOutcome outcome = null;
        String phase = "reading";
        try {
            long size = Files.size(file);
            jobs.start(id, size);
            CatalogReader reader = reader(format);
            Progress reading = new Progress(id, "reading", size);
            try (InputStream in = new CountingInputStream(Files.newInputStream(file), reading)) {
                reader.read(in, fileName, batch);
            }
            Collection<PillRecord> entries = batch.entries();
            phase = "storing";
            Progress storing = new Progress(id, "storing", entries.size());
            storing.report(0, true);
            outcome = QuarkusTransaction.requiringNew().call(() -> {
                CatalogService.StoreOutcome stored = catalog.store(reader.source(), entries, done -> storing.report(done, false));
                inCatalogTransaction.accept(id);
                return stored;
            });
            catalog.refresh();
            CatalogService.StoreOutcome stored = outcome;
            end(id, batch, listed -> jobs.succeed(id, listed, stored));
            LOG.infof("import %s of %s: read %d, added %d, updated %d, unchanged %d, rejected %d", id, fileName,
                    batch.read(), outcome.added(), outcome.updated(), outcome.unchanged(), batch.rejected());
        } catch (UnreadableFileException e) {
            LOG.infof("import %s of %s failed: %s", id, fileName, Excerpt.of(e.getMessage(), MAX_ERROR_DETAIL));
            String error = "The file cannot be imported as " + format.id() + ": " + Excerpt.of(e.getMessage(), MAX_ERROR_DETAIL)
                    + ". Nothing was stored.";
            end(id, batch, listed -> jobs.fail(id, error, listed));
        } catch (Throwable e) {
            // Errors too (out of memory, a stack overflow): whatever happens, the job must not stay running.
            if (e instanceof OutOfMemoryError) {
                // What was read is dropped, so that the job's row can still be written.
                batch = null;
            }
            LOG.errorf(e, "import %s of %s failed", id, fileName);
            String error = failure(id, e, phase, outcome);
            end(id, batch, listed -> jobs.fail(id, error, listed));
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

    /** A failure other than an unreadable file, in words, without the exception's own text. */
    private static String failure(UUID id, Throwable e, String phase, CatalogService.StoreOutcome outcome) {
        if (outcome != null) {
            return "The import stored its records but did not finish cleanly (see the service log for import " + id + ").";
        }
        String why = e instanceof OutOfMemoryError ? " as the service ran out of memory"
                : e instanceof StackOverflowError ? " on a structure nested too deep" : "";
        return "The import failed while " + phase + why + " and stored nothing (see the service log for import " + id + ").";
    }

    /**
     * Writes the job's end in its own transaction. When that fails with the rejections listed (a
     * row the database refuses), it is written again with the counts only, so that no job stays running.
     */
    private void end(UUID id, ImportBatch batch, Consumer<ImportBatch.Counts> write) {
        ImportBatch.Counts counts = batch == null ? ImportBatch.Counts.NONE : batch.counts();
        try {
            write.accept(counts);
        } catch (RuntimeException e) {
            LOG.errorf(e, "import %s: its end cannot be written with its rejections; writing it without them", id);
            write.accept(counts.withoutRejections());
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
