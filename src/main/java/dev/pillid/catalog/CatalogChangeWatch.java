package dev.pillid.catalog;

import dev.pillid.config.PillIdConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps this replica's in-memory catalog current when another replica imports: every few seconds
 * it reads the catalog's version (one row) and rebuilds the snapshot when it rose. When the service
 * started without its database, it tries to reach it instead. A failed check (the database away)
 * is retried at the next tick; searches go on from memory meanwhile.
 */
@ApplicationScoped
class CatalogChangeWatch {

    private static final Logger LOG = Logger.getLogger(CatalogChangeWatch.class);

    @Inject
    CatalogService catalog;
    @Inject
    PillIdConfig config;
    @Inject
    CatalogStartup startup;

    private ScheduledExecutorService timer;

    void start(@Observes StartupEvent event) {
        long every = config.catalog().checkEvery().toMillis();
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "pillid-catalog-watch");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::check, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    @ActivateRequestContext
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
