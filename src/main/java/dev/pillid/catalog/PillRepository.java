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

    /** Raises the catalog's version, in the transaction of the change it marks. */
    void markChanged() {
        getEntityManager().createNativeQuery("update catalog_state set version = version + 1, changed_at = now() where id = 1")
                .executeUpdate();
    }

    /** The catalog's version: it rises with every committed change, from any replica. */
    long version() {
        return ((Number) getEntityManager().createNativeQuery("select version from catalog_state where id = 1")
                .getSingleResult()).longValue();
    }
}
