package dev.pillid.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * The baseline of the HTTP load test, not part of the service: the same search requests
 * (GET /v1/pills/search?imprint=...&color=...&shape=...) answered the way a typical
 * implementation would, with one PostgreSQL query per request. The imprint, compacted, is matched
 * by trigram similarity (pg_trgm, with a GIN index) or as a prefix; exact imprints first, then by
 * similarity plus a little for a matching colour or shape; 20 rows as JSON.
 * <p>
 * Usage: TrigramBaseline JDBC_URL PORT THREADS
 */
public final class TrigramBaseline {

    static final String KEY = "upper(regexp_replace(imprint, '[^A-Za-z0-9]', '', 'g'))";
    static final String SEARCH = "select id, medicine_name, strength, imprint, colors, shape, size_mm, labeler, ndc11,"
            + " similarity(" + KEY + ", ?) as similarity from pill"
            + " where " + KEY + " % ? or " + KEY + " like ?"
            + " order by (" + KEY + " = ?) desc,"
            + " similarity(" + KEY + ", ?) + case when colors && ?::text[] then 0.2 else 0 end"
            + " + case when shape = ? then 0.1 else 0 end desc, id limit 20";

    private final String url;
    private final ObjectMapper json = new ObjectMapper();
    private final ThreadLocal<PreparedStatement> statements = new ThreadLocal<>();

    private TrigramBaseline(String url) {
        this.url = url;
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int port = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        try (Connection db = DriverManager.getConnection(url, "postgres", ""); Statement s = db.createStatement()) {
            s.execute("create extension if not exists pg_trgm");
            s.execute("create index if not exists pill_imprint_trgm on pill using gin ((" + KEY + ") gin_trgm_ops)");
            s.execute("analyze pill");
        }
        TrigramBaseline baseline = new TrigramBaseline(url);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
        server.createContext("/v1/pills/search", baseline::handle);
        server.setExecutor(Executors.newFixedThreadPool(threads));
        server.start();
        System.out.println("pg_trgm baseline on port " + port + " with " + threads + " threads");
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        int status = 200;
        try {
            body = json.writeValueAsBytes(Map.of("results", search(parameters(exchange.getRequestURI().getRawQuery()))));
        } catch (SQLException | RuntimeException e) {
            status = 500;
            body = ("{\"error\":\"" + e.getClass().getSimpleName() + "\"}").getBytes(StandardCharsets.UTF_8);
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private List<Map<String, Object>> search(Map<String, List<String>> parameters) throws SQLException {
        String imprint = first(parameters, "imprint").toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        List<String> colours = parameters.getOrDefault("color", List.of()).stream().map(c -> c.toUpperCase(Locale.ROOT)).toList();
        String shape = first(parameters, "shape").toUpperCase(Locale.ROOT);
        PreparedStatement search = statement();
        search.setString(1, imprint);
        search.setString(2, imprint);
        search.setString(3, imprint + "%");
        search.setString(4, imprint);
        search.setString(5, imprint);
        search.setArray(6, search.getConnection().createArrayOf("text", colours.toArray()));
        search.setString(7, shape);
        List<Map<String, Object>> rows = new ArrayList<>();
        try (ResultSet r = search.executeQuery()) {
            while (r.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", r.getLong("id"));
                row.put("name", r.getString("medicine_name"));
                row.put("strength", r.getString("strength"));
                row.put("imprint", r.getString("imprint"));
                row.put("colors", r.getArray("colors").getArray());
                row.put("shape", r.getString("shape"));
                row.put("size_mm", r.getObject("size_mm"));
                row.put("labeler", r.getString("labeler"));
                row.put("ndc11", r.getString("ndc11"));
                row.put("similarity", r.getDouble("similarity"));
                rows.add(row);
            }
        }
        return rows;
    }

    private PreparedStatement statement() throws SQLException {
        PreparedStatement statement = statements.get();
        if (statement == null) {
            statement = DriverManager.getConnection(url, "postgres", "").prepareStatement(SEARCH);
            statements.set(statement);
        }
        return statement;
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }

    private static Map<String, List<String>> parameters(String query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        }
        return parameters;
    }
}
