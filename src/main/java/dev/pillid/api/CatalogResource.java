package dev.pillid.api;

import dev.pillid.catalog.CatalogService;
import dev.pillid.catalog.CatalogSummary;
import dev.pillid.config.PillIdConfig;
import dev.pillid.images.PhotoCoverage;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/catalog")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog", description = "What the catalog holds")
public class CatalogResource {

    private final CatalogService catalog;
    private final PhotoCoverage photos;
    private final PillIdConfig config;

    CatalogResource(CatalogService catalog, PhotoCoverage photos, PillIdConfig config) {
        this.catalog = catalog;
        this.photos = photos;
        this.config = config;
    }

    @GET
    @Operation(summary = "What the catalog holds",
            description = "The sources of its pills (name, title, date of the data, license, pills), how many pills have a photo that "
                    + "loads, and the catalog's version and last change: the catalog searches read now.")
    public CatalogDto catalog() {
        CatalogSummary summary = catalog.summary();
        String from = config.images().baseUrl().isPresent() ? "base_url" : config.images().dir().isPresent() ? "folder" : "none";
        return CatalogDto.of(summary, photos.pillsWithPhotos(summary), from);
    }
}
