package dev.pillid.api;

import dev.pillid.config.PillIdConfig;
import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.regex.Pattern;

/**
 * CORS by path: pages on other origins may read the public API (searches, pills, vocabularies,
 * photos, the page itself), never the admin endpoints ({@code /v1/admin}), the API description
 * ({@code /q}) or the management interface (health and metrics, on its own port). Quarkus's own
 * CORS filter applies one policy to every path and echoes the caller's origin back, so this filter
 * takes its place. No answer allows credentials: the public reads need none, and admin tokens are
 * never sent from a browser page of another origin.
 */
@ApplicationScoped
class CrossOriginReads {

    static final String ANY = "*";
    private static final String METHODS = "GET,HEAD,OPTIONS";
    private static final String HEADERS = "Accept,Content-Type,If-None-Match";
    private static final String EXPOSED = "ETag";
    private static final String MAX_AGE = String.valueOf(24 * 60 * 60);
    private static final List<CharSequence> CORS_HEADERS = List.of(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN,
            HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS,
            HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, HttpHeaders.ACCESS_CONTROL_MAX_AGE);

    private static final Pattern MATRIX_PARAMETERS = Pattern.compile(";[^/]*");

    void install(@Observes Router router, PillIdConfig config) {
        List<String> allowed = config.cors().origins().stream().map(String::trim).filter(origin -> !origin.isEmpty()).toList();
        // "/.*/" is how Quarkus's own setting spelled "any origin"; deployments may still say it.
        boolean any = allowed.isEmpty() || allowed.contains(ANY) || allowed.contains("/.*/");
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            if (closed(context.normalizedPath())) {
                context.next();
                return;
            }
            String origin = context.request().getHeader(HttpHeaders.ORIGIN);
            var headers = context.response().headers();
            if (any) {
                headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, ANY);
            } else {
                // The answer depends on the caller's origin, so caches must keep one per origin.
                headers.add(HttpHeaders.VARY, "Origin");
                if (origin == null || !allowed.contains(origin)) {
                    context.next();
                    return;
                }
                headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            }
            if (origin != null && preflight(context)) {
                headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, METHODS)
                        .set(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, HEADERS)
                        .set(HttpHeaders.ACCESS_CONTROL_MAX_AGE, MAX_AGE);
                context.response().setStatusCode(204).end();
                return;
            }
            headers.set(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED);
            context.next();
        });
    }

    /**
     * Quarkus opens the management interface to every origin (a CORS handler it puts first there,
     * which no setting turns off); the CORS headers are taken off its answers, so that no page of
     * another origin may read them. Its preflights still answer 204, but allow no method, and the
     * answer that follows is refused to the page all the same.
     */
    void closeManagement(@Observes ManagementInterface management) {
        management.router().route().order(Integer.MIN_VALUE).handler(context -> {
            context.addHeadersEndHandler(ended -> CORS_HEADERS.forEach(context.response().headers()::remove));
            context.next();
        });
    }

    private static boolean closed(String normalizedPath) {
        if (normalizedPath == null) {
            return true;
        }
        // The REST layer matches paths without their matrix parameters (/v1/admin;x=1/imports is an
        // admin path), so they are left out here too.
        String path = normalizedPath.indexOf(';') < 0 ? normalizedPath : MATRIX_PARAMETERS.matcher(normalizedPath).replaceAll("");
        return startsWithSegment(path, "/v1/admin") || startsWithSegment(path, "/q");
    }

    private static boolean startsWithSegment(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    private static boolean preflight(RoutingContext context) {
        return context.request().method() == HttpMethod.OPTIONS
                && context.request().getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null;
    }
}
