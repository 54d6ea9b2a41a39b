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
        int done = 0;
        try {
            List<Prepared> prepared = prepare(queries(catalog.spread(PILLS)));
            while (!prepared.isEmpty() && System.nanoTime() < until) {
                Prepared search = prepared.get(done++ % prepared.size());
                // A stream of its own each time: writing a value closes the stream it was given.
                json.writeValue(OutputStream.nullOutputStream(), searches.answer(search.parameters(), BASE));
                if (search.imprint() != null) {
                    catalog.suggestImprints(search.imprint(), 10);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Warming up only saves time; a start never fails for it.
            LOG.warnf("warm-up stopped after %d searches: %s", done, e);
        }
        answered = done;
        LOG.infof("warmed up with %d searches in %d ms (%d of the catalog's made no valid search)", done,
                (System.nanoTime() - started) / 1_000_000, refused);
    }

    private record Prepared(String imprint, SearchParameters.Parsed parameters) {
    }

    /** The queries as the API reads them, leaving out those it would refuse (a 4xx: nothing to warm). */
    private List<Prepared> prepare(List<Query> queries) {
        List<Prepared> prepared = new ArrayList<>(queries.size());
        int refusals = 0;
        for (Query query : queries) {
            try {
                prepared.add(new Prepared(query.imprint(), SearchParameters.parse(query.imprint(),
                        query.color() == null ? List.of() : List.of(query.color()), query.shape(), null, null, null, null, null,
                        null, null, vocabularies.colorPhrases(), vocabularies.shapes())));
            } catch (ApiProblem refusal) {
                refusals++;
            }
        }
        refused = refusals;
        return prepared;
    }

    /** How many searches the warm-up made. */
    int answered() {
        return answered;
    }

    /** How many of the queries made from the catalog the API would refuse as bad requests (none were made). */
    int refused() {
        return refused;
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
            List<String> sides = new ArrayList<>();
            for (String side : pill.imprint() == null ? new String[0] : pill.imprint().split(";")) {
                if (!side.isBlank()) {
                    sides.add(side.strip());
                }
            }
            if (sides.isEmpty()) {
                if (color != null || pill.shape() != null) {
                    queries.add(new Query(null, color, pill.shape()));
                }
                continue;
            }
            String printed = String.join(" ", sides);
            queries.add(switch (kind++ % 5) {
                case 0 -> new Query(printed, color, pill.shape());
                case 1 -> new Query(String.join("", sides), null, null);
                case 2 -> new Query(sides.get(0), color, null);
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
