package dev.pillid.catalog;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PillRepository implements PanacheRepositoryBase<PillEntity, Long> {

    /**
     * Serialises catalog loads across every replica that shares the database, for the rest of the
     * current transaction, so that two replicas starting together load the demo catalog once.
     */
    void lockCatalogForLoading() {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(7414517)").getSingleResult();
    }
}
