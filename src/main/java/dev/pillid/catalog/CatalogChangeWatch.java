package dev.pillid.catalog;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Keeps this replica's in-memory catalog current when another replica imports: every few seconds
 * it reads the catalog's version (one row) and rebuilds the snapshot when it rose. When the service
 * started without its database, it tries to reach it instead. A failed check (the database away)
 * is retried at the next tick; searches go on from memory meanwhile.
 */
@ApplicationScoped
class CatalogChangeWatch {

    private static final Logger LOG = Logger.getLogger(CatalogChangeWatch.class);

    private final CatalogService catalog;
    private final CatalogStartup startup;

    CatalogChangeWatch(CatalogService catalog, CatalogStartup startup) {
        this.catalog = catalog;
        this.startup = startup;
    }

    // The first check waits one interval, so that it never races the start's own attempt; a
    // check still running (a large catalog being rebuilt) makes the next tick skip.
    @Scheduled(identity = "catalog-change-watch", every = "${pillid.catalog.check-every}",
            delayed = "${pillid.catalog.check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        try {
            if (!startup.prepared()) {
                if (startup.tryPrepare()) {
                    LOG.info("the catalog database answers again: catalog loaded from it");
                }
            } else if (catalog.refreshIfChanged()) {
                LOG.info("the catalog changed elsewhere: snapshot rebuilt");
            }
        } catch (RuntimeException e) {
            LOG.debugf("catalog version check failed, retrying at the next tick: %s", e.getMessage());
        }
    }
}
