package dev.pillid.images;

import dev.pillid.catalog.CatalogService;
import dev.pillid.catalog.CatalogSummary;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.atomic.AtomicReference;

/**
 * How many of the catalog's pills have a photo that loads ({@link PhotoLinks#loadable}), counted
 * once for each catalog searches see: checking every pill's file on every request would cost a
 * file look-up a pill.
 */
@ApplicationScoped
public class PhotoCoverage {

    private record Counted(CatalogSummary catalog, int pills) {
    }

    private final CatalogService catalog;
    private final PhotoLinks links;
    private final AtomicReference<Counted> counted = new AtomicReference<>();

    PhotoCoverage(CatalogService catalog, PhotoLinks links) {
        this.catalog = catalog;
        this.links = links;
    }

    /** The pills of this catalog with at least one photo that loads. */
    public int pillsWithPhotos(CatalogSummary of) {
        Counted last = counted.get();
        if (last != null && last.catalog() == of) {
            return last.pills();
        }
        int pills = catalog.count(pill -> pill.images().stream().anyMatch(links::loadable));
        counted.set(new Counted(of, pills));
        return pills;
    }
}
