package dev.pillid.catalog;

import jakarta.inject.Qualifier;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * The service's one executor for work done off the request threads (saving the catalog, imports):
 * it runs one task at a time, in the order given, on the Quarkus worker pool, and stops with the
 * service ({@link CatalogProducers#backgroundWork()}).
 */
@Qualifier
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, METHOD, TYPE})
public @interface BackgroundWork {
}
