package dev.pillid.bench;

import dev.pillid.quality.SearchQualityHarness;
import dev.pillid.search.PillDocument;
import dev.pillid.search.SearchIndex;
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

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How long the search index takes to build from the catalog's pills: once at start, and again
 * after every change (copy-on-write). Each measurement is one whole build from the catalog
 * records: the pills' search documents, then the index over them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class IndexBuildBenchmark {

    @Param({"real", "100000", "1000000"})
    public String catalog;

    private List<dev.pillid.catalog.PillRecord> entries;

    @Setup
    public void setUp() {
        entries = BenchCatalogs.load(catalog);
    }

    @Benchmark
    public SearchIndex build() {
        List<PillDocument> documents = SearchQualityHarness.documents(entries);
        return new SearchIndex(documents);
    }
}
