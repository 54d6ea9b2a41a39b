package dev.pillid.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request whose declared body is larger than the service accepts with 413 before reading
 * any of it, and closes the connection rather than wait for the body. {@link BareAnswerProblems}
 * gives the answer its problem document, as it does to the REST layer's 413 for a chunked body
 * (which declares no size, and is refused once reading it passes the limit).
 */
@ApplicationScoped
class BodyLimitGuard {

    void install(@Observes Router router, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        long max = limit.asLongValue();
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (declared != null && tooLarge(declared, max)) {
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end()
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
