package dev.pillid.sync;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * GET requests of the sync, bounded: a connect timeout, a read timeout on every wait for bytes
 * (headers and body), at most {@value #MAX_REDIRECTS} redirects, each to a URL {@link AllowedUrls}
 * permits, and bodies read only up to a size.
 */
final class SyncHttp {

    static final int MAX_REDIRECTS = 5;

    private final AllowedUrls allowed;
    private final int connectMillis;
    private final int readMillis;

    SyncHttp(AllowedUrls allowed, Duration connect, Duration read) {
        this.allowed = allowed;
        this.connectMillis = (int) Math.min(Integer.MAX_VALUE, connect.toMillis());
        this.readMillis = (int) Math.min(Integer.MAX_VALUE, read.toMillis());
    }

    /** An answered request whose status is not a redirect; the caller reads and closes it. */
    HttpURLConnection get(URI url, Map<String, String> headers) throws SyncFailure {
        URI at = url;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            if (!allowed.permits(at)) {
                throw new SyncFailure(at + " is not a URL the sync may fetch (the base URL's own host, or https on pillid.sync.file-hosts)");
            }
            HttpURLConnection c;
            int status;
            try {
                c = (HttpURLConnection) at.toURL().openConnection();
                c.setInstanceFollowRedirects(false);
                c.setConnectTimeout(connectMillis);
                c.setReadTimeout(readMillis);
                c.setUseCaches(false);
                c.setRequestProperty("Accept-Encoding", "identity");
                headers.forEach(c::setRequestProperty);
                status = c.getResponseCode();
            } catch (IOException | IllegalArgumentException e) {
                throw new SyncFailure("cannot fetch " + at + ": " + describe(e));
            }
            if (status < 300 || status > 399 || status == 304) {
                return c;
            }
            String location = c.getHeaderField("Location");
            c.disconnect();
            if (location == null) {
                throw new SyncFailure(at + " answered HTTP " + status + " without a Location");
            }
            try {
                at = at.resolve(new URI(location.trim()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new SyncFailure(at + " redirected to a malformed URL");
            }
        }
        throw new SyncFailure(url + " redirected more than " + MAX_REDIRECTS + " times");
    }

    /** The text at a URL, refused when it is longer than {@code max} bytes. */
    String text(URI url, long max) throws SyncFailure {
        HttpURLConnection c = get(url, Map.of());
        try {
            int status = c.getResponseCode();
            if (status != 200) {
                throw new SyncFailure(url + " answered HTTP " + status);
            }
            if (c.getContentLengthLong() > max) {
                throw new SyncFailure(url + " is " + c.getContentLengthLong() + " bytes, more than pillid.sync.max-listing-size (" + max + ")");
            }
            try (InputStream in = c.getInputStream()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    if (bytes.size() + n > max) {
                        throw new SyncFailure(url + " is longer than pillid.sync.max-listing-size (" + max + " bytes)");
                    }
                    bytes.write(buffer, 0, n);
                }
                return bytes.toString(StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new SyncFailure("cannot read " + url + ": " + describe(e));
        } finally {
            c.disconnect();
        }
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        String kind = e instanceof java.net.SocketTimeoutException ? "timed out"
                : e instanceof java.net.ConnectException ? "connection refused"
                : e instanceof java.net.UnknownHostException ? "unknown host" : "input/output error";
        return message == null || message.isBlank() ? kind : kind + " (" + dev.pillid.imports.Excerpt.of(message, 200) + ")";
    }
}
