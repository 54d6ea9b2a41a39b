package dev.pillid.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.List;

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

    List<CatalogSource> all() {
        List<CatalogSource> sources = new ArrayList<>();
        for (Object row : database.createNativeQuery("select name, title, source_date, license, origin from catalog_source order by name")
                .getResultList()) {
            Object[] columns = (Object[]) row;
            sources.add(new CatalogSource((String) columns[0], (String) columns[1], (String) columns[2], (String) columns[3],
                    (String) columns[4]));
        }
        return sources;
    }
}
