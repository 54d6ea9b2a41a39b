package dev.pillid.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The search benchmark's JMH results (JSON) as the table of docs/benchmarks.md: per kind of
 * query, the mean and the 99th percentile on each catalog, in microseconds.
 * <p>
 * Usage: JmhTable target/bench/jmh-search.json
 */
public final class JmhTable {

    private JmhTable() {
    }

    public static void main(String[] args) throws IOException {
        JsonNode results = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        Map<String, Boolean> catalogs = new LinkedHashMap<>();
        for (JsonNode result : results) {
            String catalog = result.at("/params/catalog").asText();
            String kind = result.at("/params/kind").asText();
            JsonNode metric = result.get("primaryMetric");
            catalogs.put(catalog, true);
            rows.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(catalog, String.format(Locale.ROOT, "%.0f / %.0f",
                    metric.get("score").asDouble(), metric.at("/scorePercentiles/99.0").asDouble()));
        }
        StringBuilder table = new StringBuilder("| kind |");
        catalogs.keySet().forEach(c -> table.append(' ').append(c.equals("real") ? "real 4.4k" : "synthetic " + c).append(" |"));
        table.append("\n|---|").append("---|".repeat(catalogs.size())).append('\n');
        rows.forEach((kind, cells) -> {
            table.append("| ").append(kind).append(" |");
            catalogs.keySet().forEach(c -> table.append(' ').append(cells.getOrDefault(c, "")).append(" |"));
            table.append('\n');
        });
        System.out.println("Mean / p99 per search, microseconds:");
        System.out.print(table);
    }
}
