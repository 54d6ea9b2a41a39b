package dev.pillid.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.UncheckedIOException;

/**
 * Refuses a request whose declared body is larger than the service accepts with a 413 problem
 * document, before reading any of it. (Without this the HTTP layer answers 413 with no body.) It
 * runs before the REST layer, so it writes the problem with the application's JSON mapper, as the
 * REST layer writes every other one.
 */
@ApplicationScoped
class BodyLimitGuard {

    void install(@Observes Router router, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit,
                 ObjectMapper json) {
        long max = limit.asLongValue();
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (declared != null && tooLarge(declared, max)) {
                Problem problem = ProblemType.BODY_TOO_LARGE.problem("The body is larger than the " + max / (1024 * 1024)
                        + " MB this service accepts. Put large catalog files in the server's import folder and name them instead.",
                        context.request().path());
                context.response().setStatusCode(problem.status())
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(Buffer.buffer(write(json, problem)))
                        // The body is not read: close the connection rather than wait for it.
                        .onComplete(written -> context.request().connection().close());
                return;
            }
            context.next();
        });
    }

    private static byte[] write(ObjectMapper json, Problem problem) {
        try {
            return json.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean tooLarge(String declared, long max) {
        try {
            return Long.parseLong(declared.trim()) > max;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
