package dev.pillid.sync;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * DailyMed as the sync sees it, on 127.0.0.1: its page of SPL downloads at
 * {@code /dailymed/spl-resources-all-drug-labels.cfm}, laid out as DailyMed lays it out (each file
 * linked by ftp and https, its MD5 under it), and the files at {@code /public-release-files/},
 * answering Range requests. Update files are zips of per-label zips, as DailyMed's are.
 */
final class DailyMedServer implements AutoCloseable {

    /** The port the test profile's pillid.sync.base-url names. */
    static final int PORT = 18794;

    /** A file on offer. */
    static final class Offered {
        final String name;
        final byte[] bytes;
        /** The checksum the page publishes; null publishes none. */
        String md5;
        /** Bytes sent before the connection is cut, on the next request only; -1 sends all. */
        volatile int cutAfter = -1;

        Offered(String name, byte[] bytes) {
            this.name = name;
            this.bytes = bytes;
            this.md5 = md5(bytes);
        }
    }

    private final HttpServer server;
    private final List<Offered> listed = new CopyOnWriteArrayList<>();
    /** Every request for a file: its name and Range header. */
    final List<String> fileRequests = new CopyOnWriteArrayList<>();
    /** When set, the page waits for it before answering. */
    volatile CountDownLatch listingGate;

    DailyMedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), PORT), 16);
        server.createContext("/dailymed/spl-resources-all-drug-labels.cfm", this::page);
        server.createContext("/public-release-files/", this::file);
        server.start();
    }

    /** Puts a file on the page, after those already there (the same file may be listed twice). */
    Offered offer(Offered file) {
        listed.add(file);
        return file;
    }

    void reset() {
        listed.clear();
        fileRequests.clear();
        listingGate = null;
    }

    private void page(HttpExchange exchange) throws IOException {
        CountDownLatch gate = listingGate;
        if (gate != null) {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        StringBuilder html = new StringBuilder("<html><body><h1>SPL Resources: Download All Drug Labels</h1>\n"
                + "<h2>Full Releases</h2><ul class=\"download\"><li>dm_spl_release_human_rx_part1.zip "
                + "[ <a href=\"ftp://public.nlm.nih.gov/nlmdata/.dailymed/dm_spl_release_human_rx_part1.zip\">FTP</a> | "
                + "<a href=\"/public-release-files/dm_spl_release_human_rx_part1.zip\">HTTPS</a> ]"
                + "<ul><li>File Size: 3.00 GB</li><li>MD5 checksum: 0123456789abcdef0123456789abcdef</li></ul></li></ul>\n"
                + "<h2>Update Files</h2><ul class=\"download\">\n");
        for (Offered file : listed) {
            html.append("<li>").append(file.name).append(" [ <a href=\"ftp://public.nlm.nih.gov/nlmdata/.dailymed/")
                    .append(file.name).append("\">FTP</a> | <a href=\"http://127.0.0.1:").append(PORT)
                    .append("/public-release-files/").append(file.name).append("\">HTTPS</a> ]<ul><li>File Size: ")
                    .append(file.bytes.length / 1024).append(" KB</li>");
            if (file.md5 != null) {
                html.append("<li>MD5 checksum: ").append(file.md5).append("</li>");
            }
            html.append("</ul></li>\n");
        }
        html.append("</ul></body></html>\n");
        send(exchange, 200, html.toString().getBytes(StandardCharsets.UTF_8), "text/html");
    }

    private void file(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestURI().getPath().substring("/public-release-files/".length());
        String range = exchange.getRequestHeaders().getFirst("Range");
        fileRequests.add(name + (range == null ? "" : " " + range));
        Offered file = listed.stream().filter(f -> f.name.equals(name)).findFirst().orElse(null);
        if (file == null) {
            send(exchange, 404, "no such file".getBytes(StandardCharsets.UTF_8), "text/plain");
            return;
        }
        int from = 0;
        if (range != null && range.startsWith("bytes=") && range.endsWith("-")) {
            from = Integer.parseInt(range.substring(6, range.length() - 1));
            if (from >= file.bytes.length) {
                exchange.getResponseHeaders().set("Content-Range", "bytes */" + file.bytes.length);
                send(exchange, 416, new byte[0], "text/plain");
                return;
            }
            exchange.getResponseHeaders().set("Content-Range", "bytes " + from + "-" + (file.bytes.length - 1) + "/" + file.bytes.length);
        }
        exchange.getResponseHeaders().set("Content-Type", "application/zip");
        exchange.getResponseHeaders().set("ETag", "\"" + file.md5 + "\"");
        exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
        int length = file.bytes.length - from;
        exchange.sendResponseHeaders(from > 0 ? 206 : 200, length);
        int cut = file.cutAfter;
        file.cutAfter = -1;
        OutputStream body = exchange.getResponseBody();
        if (cut >= 0 && cut < length) {
            body.write(file.bytes, from, cut);
            body.flush();
            // Ends the connection with the body short of its Content-Length.
            try {
                body.close();
            } catch (IOException expected) {
                // The server refuses to end a body short; the connection is closed all the same.
            }
            exchange.close();
            return;
        }
        body.write(file.bytes, from, length);
        body.close();
    }

    private static void send(HttpExchange exchange, int status, byte[] body, String type) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** A DailyMed update file: one zip per label ({@code <date>_<set id>.zip} holding the SPL document), in one zip. */
    static byte[] updateFile(List<Label> labels) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Label label : labels) {
                ByteArrayOutputStream inner = new ByteArrayOutputStream();
                try (ZipOutputStream labelZip = new ZipOutputStream(inner)) {
                    labelZip.putNextEntry(new ZipEntry(label.documentName()));
                    labelZip.write(label.xml().getBytes(StandardCharsets.UTF_8));
                }
                zip.putNextEntry(new ZipEntry("20261201_" + label.documentName().replace(".xml", ".zip")));
                zip.write(inner.toByteArray());
            }
        }
        return bytes.toByteArray();
    }

    /** One SPL document, by the name of its file. */
    record Label(String documentName, String xml) {
        static List<Label> read(Path folder, List<String> names) throws IOException {
            List<Label> labels = new ArrayList<>();
            for (String name : names) {
                labels.add(new Label(name, Files.readString(folder.resolve(name))));
            }
            return labels;
        }
    }

    static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
