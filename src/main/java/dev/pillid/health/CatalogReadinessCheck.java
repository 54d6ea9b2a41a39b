package dev.pillid.health;

import dev.pillid.catalog.CatalogService;
import dev.pillid.catalog.CatalogSummary;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready to search: says how many pills the in-memory catalog holds and its version, as GET /v1/catalog does. */
@Readiness
@ApplicationScoped
public class CatalogReadinessCheck implements HealthCheck {

    private final CatalogService catalog;

    CatalogReadinessCheck(CatalogService catalog) {
        this.catalog = catalog;
    }

    @Override
    public HealthCheckResponse call() {
        CatalogSummary summary = catalog.summary();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("catalog").up().withData("pills", summary.pills());
        if (summary.version() != null) {
            response.withData("version", summary.version());
        }
        return response.build();
    }
}
