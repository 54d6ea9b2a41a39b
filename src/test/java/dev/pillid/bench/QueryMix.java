package dev.pillid.bench;

import dev.pillid.catalog.Vocabularies;
import dev.pillid.quality.SearchQualityHarness.Kind;
import dev.pillid.quality.SearchQualityHarness;
import dev.pillid.search.SearchQuery;
import dev.pillid.search.VocabularyTerm;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The searches of the HTTP load test, one request path a line: queries the evaluation harness
 * makes from the catalog's own pills, in a mix of what people type (whole imprints most often,
 * then one side, misread and mistyped characters, with a colour or shape some of the time).
 * <p>
 * Usage: QueryMix real|SIZE COUNT OUT
 */
public final class QueryMix {

    /** Kinds of query and how many of every 100 searches are of that kind. */
    static final Map<Kind, Integer> MIX = Map.of(
            Kind.EXACT, 35, Kind.NO_SPACES, 10, Kind.SWAPPED_SIDES, 5, Kind.ONE_SIDE, 15, Kind.CONFUSABLE, 10,
            Kind.RANDOM_SUBSTITUTION, 10, Kind.NEIGHBOUR_COLOUR, 5, Kind.SYNONYM_SHAPE, 5, Kind.WRONG_COLOUR, 5);

    private QueryMix() {
    }

    public static void main(String[] args) throws IOException {
        String catalog = args[0];
        int count = Integer.parseInt(args[1]);
        SearchQualityHarness harness = SearchQualityHarness.of(SearchQualityHarness.documents(BenchCatalogs.load(catalog)),
                Vocabularies.bundled(new ObjectMapper()));
        List<String> paths = new ArrayList<>();
        // In the kinds' order: Map.of iterates in an order that changes from run to run.
        for (Map.Entry<Kind, Integer> share : new EnumMap<>(MIX).entrySet()) {
            int wanted = count * share.getValue() / 100;
            for (SearchQuery query : harness.queries(share.getKey(), BenchCatalogs.SEED, wanted).values()) {
                paths.add(path(query));
            }
        }
        Collections.shuffle(paths, new Random(BenchCatalogs.SEED));
        Files.write(Path.of(args[2]), paths);
        System.out.println(paths.size() + " search paths in " + args[2]);
    }

    static String path(SearchQuery query) {
        StringBuilder path = new StringBuilder("/v1/pills/search?imprint=").append(encode(query.imprint()));
        for (VocabularyTerm colour : query.colors()) {
            path.append("&color=").append(encode(colour.name().toLowerCase(Locale.ROOT)));
        }
        if (query.shape() != null) {
            path.append("&shape=").append(encode(query.shape().name().toLowerCase(Locale.ROOT)));
        }
        if (query.sizeMm() != null) {
            path.append("&size_mm=").append(query.sizeMm());
        }
        return path.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
