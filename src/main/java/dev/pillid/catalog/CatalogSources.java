package dev.pillid.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The stored descriptions of the catalog's sources (schema: Flyway V4), one row a source. */
@ApplicationScoped
class CatalogSources {

    private final EntityManager database;

    CatalogSources(EntityManager database) {
        this.database = database;
    }

    /** Records where a source's pills come from, in the transaction that loads them, replacing what was said before. */
    void record(CatalogSource source) {
        database.createNativeQuery("insert into catalog_source (name, title, source_date, license, origin, loaded_at)"
                        + " values (?1, ?2, ?3, ?4, ?5, now()) on conflict (name) do update set title = excluded.title,"
                        + " source_date = excluded.source_date, license = excluded.license, origin = excluded.origin,"
                        + " loaded_at = excluded.loaded_at")
                .setParameter(1, source.name()).setParameter(2, source.title()).setParameter(3, source.sourceDate())
                .setParameter(4, source.license()).setParameter(5, source.origin())
                .executeUpdate();
    }
}
