package dev.pillid.bench;

import dev.pillid.api.ApiProblem;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * For load tests only: a JSON body of the requested size made once and served as it is, through
 * the same HTTP and REST layers as a search. Searches per second are judged against what this
 * endpoint reaches on the same machine in the same run (docs/benchmarks.md). Benchmark code: the
 * production build never has it; the tests do, and so does the service src/test/scripts/bench-http
 * builds with the Maven profile bench (pom.xml).
 */
@Path("/v1/benchmark/fixed-answer")
public class FixedAnswerResource {

    static final int MAX_BYTES = 1 << 20;
    private static final int SIZES_KEPT = 8;

    private final Map<Integer, byte[]> answers = new ConcurrentHashMap<>();

    @GET
    @NonBlocking
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public byte[] answer(@QueryParam("bytes") @DefaultValue("8192") int bytes) {
        if (bytes < 64 || bytes > MAX_BYTES) {
            throw ApiProblem.invalidParameter("bytes must be between 64 and " + MAX_BYTES);
        }
        if (answers.size() >= SIZES_KEPT && !answers.containsKey(bytes)) {
            answers.clear();
        }
        return answers.computeIfAbsent(bytes, FixedAnswerResource::body);
    }

    /** {"fixed":"xxx…"} of exactly that many bytes. */
    static byte[] body(int bytes) {
        String start = "{\"fixed\":\"";
        String end = "\"}";
        return (start + "x".repeat(bytes - start.length() - end.length()) + end).getBytes(StandardCharsets.US_ASCII);
    }
}
