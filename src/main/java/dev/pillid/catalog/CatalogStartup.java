package dev.pillid.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pillid.config.PillIdConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** On start: load the bundled demo catalog into an empty database, then build the in-memory snapshot. */
@ApplicationScoped
class CatalogStartup {

    private static final Logger LOG = Logger.getLogger(CatalogStartup.class);

    void onStart(@Observes StartupEvent event, CatalogService catalog, Vocabularies vocabularies,
                 ObjectMapper json, PillIdConfig config) {
        if (config.catalog().loadDemoWhenEmpty()) {
            int loaded = catalog.loadIfEmpty(DemoCatalog.read(json, vocabularies));
            if (loaded > 0) {
                LOG.infof("catalog was empty: loaded %d demo pills from %s (demo data, not for clinical use)",
                        loaded, DemoCatalog.RESOURCE);
            }
        }
        catalog.refresh();
    }
}
