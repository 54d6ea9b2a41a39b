package dev.pillid.bench;

import dev.pillid.catalog.Vocabularies;
import dev.pillid.quality.SearchQualityHarness;
import dev.pillid.search.CriterionMatch;
import dev.pillid.search.Hit;
import dev.pillid.search.SearchIndex;
import dev.pillid.search.SearchQuery;
import dev.pillid.search.SearchResult;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * In-process search latency per kind of query of the evaluation harness, on the real catalog and
 * on synthetic ones of 100,000 and 1,000,000 pills. Each call answers the next query of a fixed
 * list of 1,000 made by the harness from the catalog's own pills (limit 20, grouped, as the API
 * does) and words the reasons of every result on the page, as the API does. Sample mode gives the
 * mean and the percentiles (p0.99) per call. Run with src/test/scripts/bench-search.
 * <p>
 * The heap is touched whole at start (AlwaysPreTouch): on these virtual machines the first pass
 * of allocation through a large, never used young generation runs three to five times slower
 * (page faults on first touch), which without it landed in the measured iterations. It warms up
 * for 12 s: on a slow machine a search at 100,000 pills took 1.9 ms in the first 2 s, and about
 * 0.7 ms from the fourth or fifth 2 s on (the JIT still compiling before); two warm-up
 * iterations had left that in the measured ones.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class SearchBenchmark {

    static final int QUERIES = 1000;

    @Param({"real", "100000", "1000000"})
    public String catalog;

    @Param({"EXACT", "NO_SPACES", "SWAPPED_SIDES", "ONE_SIDE", "CONFUSABLE", "RANDOM_SUBSTITUTION", "NEIGHBOUR_COLOUR",
            "SYNONYM_SHAPE", "SIZE_OFF", "WRONG_COLOUR"})
    public String kind;

    private SearchIndex index;
    private SearchQuery[] queries;
    private int next;

    @Setup
    public void setUp() {
        SearchQualityHarness harness = SearchQualityHarness.of(SearchQualityHarness.documents(BenchCatalogs.load(catalog)),
                Vocabularies.bundled(new ObjectMapper()));
        index = harness.index();
        List<SearchQuery> asked = new ArrayList<>(harness.queries(SearchQualityHarness.Kind.valueOf(kind), BenchCatalogs.SEED, QUERIES).values());
        queries = asked.toArray(SearchQuery[]::new);
        if (queries.length == 0) {
            throw new IllegalStateException("no query of kind " + kind + " in " + catalog);
        }
    }

    @Benchmark
    public SearchResult search(Blackhole words) {
        SearchQuery query = queries[next];
        next = (next + 1) % queries.length;
        SearchResult result = index.search(query, 20, 0);
        for (Hit hit : result.page()) {
            for (CriterionMatch match : hit.best().matches()) {
                words.consume(match.explanation());
            }
        }
        return result;
    }
}
