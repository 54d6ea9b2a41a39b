package dev.pillid.catalog;

/** Fired once the catalog's database answers and the schema is migrated: at start, or when it returns after a start without it. */
public record CatalogDatabaseReady() {
}
