package dev.pillid.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request whose declared body is larger than the service accepts with a 413 problem
 * document, before reading any of it. (Without this the HTTP layer answers 413 with no body.)
 */
@ApplicationScoped
class BodyLimitGuard {

    void install(@Observes Router router, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        long max = limit.asLongValue();
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (declared != null && tooLarge(declared, max)) {
                String instance = context.request().path();
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end("{\"type\":\"urn:pillid:problem:body-too-large\",\"title\":\"Content Too Large\",\"status\":413,"
                                + "\"detail\":\"The body is larger than the " + max / (1024 * 1024) + " MB this service accepts. "
                                + "Put large catalog files in the server's import folder and name them instead.\","
                                + "\"instance\":\"" + instance.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}")
                        // The body is not read: close the connection rather than wait for it.
                        .onComplete(written -> context.request().connection().close());
                return;
            }
            context.next();
        });
    }

    private static boolean tooLarge(String declared, long max) {
        try {
            return Long.parseLong(declared.trim()) > max;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
