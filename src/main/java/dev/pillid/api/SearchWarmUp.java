package dev.pillid.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pillid.catalog.CatalogService;
import dev.pillid.catalog.PillRecord;
import dev.pillid.catalog.Vocabularies;
import dev.pillid.config.PillIdConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.ws.rs.WebApplicationException;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Before a starting service takes requests, answers searches made from its own catalog for
 * {@code pillid.warm-up.duration}, and writes each answer as JSON to nowhere: the JIT compiles
 * the search and the answer's writing then, rather than under the first users' load. Runs once
 * the catalog is loaded (after {@code CatalogStartup}); the HTTP server, and so the readiness
 * check, comes up after it. Its searches are not counted in the search metrics.
 */
@ApplicationScoped
class SearchWarmUp {

    private static final Logger LOG = Logger.getLogger(SearchWarmUp.class);
    /** Pills the searches are made from, taken evenly through the catalog. */
    static final int PILLS = 2_000;
    private static final Supplier<URI> BASE = () -> URI.create("http://localhost/");

    private final PillResource searches;
    private final CatalogService catalog;
    private final Vocabularies vocabularies;
    private final ObjectMapper json;
    private final Duration duration;
    private volatile int answered;
    private volatile int refused;

    SearchWarmUp(PillResource searches, CatalogService catalog, Vocabularies vocabularies, ObjectMapper json, PillIdConfig config) {
        this.searches = searches;
        this.catalog = catalog;
        this.vocabularies = vocabularies;
        this.json = json;
        this.duration = config.warmUp().duration();
    }

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        long started = System.nanoTime();
        long until = started + duration.toNanos();
        List<Query> queries = queries(catalog.spread(PILLS));
        int done = 0;
        int refusals = 0;
        try {
            while (!queries.isEmpty() && System.nanoTime() < until) {
                Query query = queries.get(done++ % queries.size());
                try {
                    // A stream of its own each time: writing a value closes the stream it was given.
                    json.writeValue(OutputStream.nullOutputStream(), searches.answer(parse(query), BASE));
                    if (query.imprint() != null) {
                        catalog.suggestImprints(query.imprint(), 10);
                    }
                } catch (WebApplicationException refusal) {
                    // A query the API would refuse (a 4xx): nothing to warm.
                    refusals++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Warming up only saves time; a start never fails for it.
            LOG.warnf("warm-up stopped after %d searches: %s", done, e);
        }
        answered = done;
        refused = refusals;
        LOG.infof("warmed up with %d searches in %d ms", done, (System.nanoTime() - started) / 1_000_000);
    }

    /** How many searches the warm-up made. */
    int answered() {
        return answered;
    }

    /** How many of them the API refused as bad requests. */
    int refused() {
        return refused;
    }

    private SearchParameters.Parsed parse(Query query) {
        return SearchParameters.parse(query.imprint(), query.color() == null ? List.of() : List.of(query.color()),
                query.shape(), null, null, null, null, null, null, null, vocabularies.colors(), vocabularies.shapes());
    }

    record Query(String imprint, String color, String shape) {
    }

    /**
     * Searches such as users make, from the given pills: the imprint as printed with its colour
     * and shape, without spaces, one side, with a character mistyped, its first characters; a
     * pill without an imprint by its colour and shape.
     */
    static List<Query> queries(List<PillRecord> pills) {
        List<Query> queries = new ArrayList<>(pills.size());
        int kind = 0;
        for (PillRecord pill : pills) {
            String color = pill.colors().isEmpty() ? null : pill.colors().get(0);
            if (pill.imprint() == null || pill.imprint().isBlank()) {
                if (color != null || pill.shape() != null) {
                    queries.add(new Query(null, color, pill.shape()));
                }
                continue;
            }
            String[] sides = pill.imprint().split(";");
            String printed = String.join(" ", sides);
            queries.add(switch (kind++ % 5) {
                case 0 -> new Query(printed, color, pill.shape());
                case 1 -> new Query(String.join("", sides), null, null);
                case 2 -> new Query(sides[0], color, null);
                case 3 -> new Query(mistyped(printed), null, pill.shape());
                default -> new Query(printed.substring(0, Math.min(3, printed.length())), null, null);
            });
        }
        return queries;
    }

    /** The text with its middle character read as another (a digit as the next digit, a letter as the next letter). */
    static String mistyped(String text) {
        int at = text.length() / 2;
        char c = text.charAt(at);
        char other = Character.isDigit(c) ? (char) ('0' + (c - '0' + 1) % 10)
                : Character.isLetter(c) && c < 128 ? (char) (Character.toUpperCase(c) == 'Z' ? 'A' : Character.toUpperCase(c) + 1)
                : c;
        return text.substring(0, at) + other + text.substring(at + 1);
    }
}
