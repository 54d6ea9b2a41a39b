package dev.pillid.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pillid.config.PillIdConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Makes the catalog ready: migrate the schema, load the bundled catalog chosen by
 * {@code pillid.catalog.load-when-empty} into an empty database, build the in-memory snapshot.
 * When the database is away at start, searches are served from the catalog the service saved
 * last (or that bundled catalog) and this is tried again at every check of
 * {@link CatalogChangeWatch} until the database answers.
 */
@ApplicationScoped
class CatalogStartup {

    private static final Logger LOG = Logger.getLogger(CatalogStartup.class);

    private final CatalogService catalog;
    private final Vocabularies vocabularies;
    private final ObjectMapper json;
    private final PillIdConfig config;
    private final Flyway flyway;
    private final Event<CatalogDatabaseReady> ready;
    private volatile boolean prepared;
    /** Held by the attempt under way: the start's own, or a check's while the database was away. */
    private final ReentrantLock preparing = new ReentrantLock();

    CatalogStartup(CatalogService catalog, Vocabularies vocabularies, ObjectMapper json, PillIdConfig config, Flyway flyway,
                   Event<CatalogDatabaseReady> ready) {
        this.catalog = catalog;
        this.vocabularies = vocabularies;
        this.json = json;
        this.config = config;
        this.flyway = flyway;
        this.ready = ready;
    }

    void onStart(@Observes StartupEvent event) {
        if (!tryPrepare()) {
            List<PillRecord> saved = CatalogSnapshotFile.read(json, config.catalog().snapshotFile());
            if (!saved.isEmpty()) {
                catalog.serveWithoutDatabase(saved, List.of());
                LOG.warnf("database unavailable at start: serving the %d pills saved in %s until it answers",
                        saved.size(), config.catalog().snapshotFile());
            } else if (config.catalog().loadWhenEmpty() != PillIdConfig.Catalog.Bundled.NONE) {
                BundledCatalog bundled = BundledCatalog.read(json, vocabularies, config.catalog().loadWhenEmpty());
                catalog.serveWithoutDatabase(bundled.numbered(), List.of(bundled.source()));
                LOG.warnf("database unavailable at start and no saved catalog: serving the %d pills of %s until it answers",
                        bundled.records().size(), bundled.resource());
            } else {
                LOG.warn("database unavailable at start, no saved catalog and no bundled one chosen: no pill to serve until it answers");
            }
        }
    }

    boolean prepared() {
        return prepared;
    }

    /**
     * @return whether this call backed the catalog by the database; false without trying while
     *     another attempt is under way or after one succeeded (a check that comes while the start
     *     still loads a large catalog would otherwise load it a second time beside it)
     */
    boolean tryPrepare() {
        if (!preparing.tryLock()) {
            return false;
        }
        try {
            if (prepared) {
                return false;
            }
            flyway.migrate();
            if (config.catalog().loadWhenEmpty() != PillIdConfig.Catalog.Bundled.NONE) {
                PillIdConfig.Catalog.Bundled which = config.catalog().loadWhenEmpty();
                long started = System.nanoTime();
                int loaded = catalog.loadIfEmpty(() -> BundledCatalog.read(json, vocabularies, which));
                if (loaded > 0) {
                    LOG.infof("catalog was empty: loaded %d pills from %s in %d ms", loaded, BundledCatalog.resource(which),
                            (System.nanoTime() - started) / 1_000_000);
                }
            }
            catalog.refresh();
            prepared = true;
            ready.fire(new CatalogDatabaseReady());
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("catalog database unavailable: %s", rootMessage(e));
            return false;
        } finally {
            preparing.unlock();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
