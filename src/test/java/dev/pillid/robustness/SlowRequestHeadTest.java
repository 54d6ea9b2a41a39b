package dev.pillid.robustness;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A client that sends its request head a byte a second (slowloris) is cut off once the header
 * timeout has passed, with a 408 problem; meanwhile an ordinary keep-alive connection, idle for
 * as long, still serves its next request.
 */
@QuarkusTest
class SlowRequestHeadTest {

    static final Duration MARGIN = Duration.ofSeconds(3);

    @Test
    void aHeadSentAByteASecondIsCutOffWhileAnIdleKeepAliveConnectionStaysUsable() throws IOException {
        Duration timeout = ConfigProvider.getConfig().getValue("pillid.http.header-timeout", Duration.class);
        URI base = URI.create(RestAssured.baseURI);
        try (Socket ordinary = new Socket(base.getHost(), RestAssured.port); Socket slow = new Socket(base.getHost(), RestAssured.port)) {
            long opened = System.nanoTime();
            assertTrue(exchange(ordinary, "GET /v1/colors HTTP/1.1\r\nHost: localhost\r\n\r\n").startsWith("HTTP/1.1 200"));

            byte[] head = ("GET /v1/colors HTTP/1.1\r\nHost: localhost\r\nX-Slow: " + "a".repeat(200)).getBytes(StandardCharsets.US_ASCII);
            slow.setSoTimeout(1000);
            OutputStream out = slow.getOutputStream();
            InputStream in = slow.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            boolean closed = false;
            for (int i = 0; i < head.length && !closed; i++) {
                Duration elapsed = Duration.ofNanos(System.nanoTime() - opened);
                assertTrue(elapsed.compareTo(timeout.plus(MARGIN)) < 0, "still open after " + elapsed.toMillis() + " ms");
                try {
                    out.write(head[i]);
                    out.flush();
                    closed = readUntilQuiet(in, answer);
                } catch (IOException e) {
                    closed = true;
                }
            }
            Duration cutOff = Duration.ofNanos(System.nanoTime() - opened);
            assertTrue(closed, "the head was sent whole");
            assertTrue(cutOff.compareTo(timeout.minusSeconds(1)) >= 0 && cutOff.compareTo(timeout.plus(MARGIN)) < 0,
                    "closed after " + cutOff.toMillis() + " ms, the timeout is " + timeout.toMillis() + " ms");
            String text = answer.toString(StandardCharsets.UTF_8);
            assertTrue(text.startsWith("HTTP/1.1 408 "), text);
            assertTrue(text.toLowerCase(Locale.ROOT).contains("content-type: application/problem+json"), text);
            assertTrue(text.contains("\"type\":\"urn:pillid:problem:request-head-timeout\""), text);

            // Idle as long as the slow one was cut off after: keep-alive connections are not timed between requests.
            assertTrue(exchange(ordinary, "GET /v1/shapes HTTP/1.1\r\nHost: localhost\r\n\r\n").startsWith("HTTP/1.1 200"));
        }
    }

    /** Reads what arrives within the socket's timeout; true once the server has closed the connection. */
    private static boolean readUntilQuiet(InputStream in, ByteArrayOutputStream into) throws IOException {
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                into.write(buffer, 0, n);
            }
            return true;
        } catch (SocketTimeoutException quiet) {
            return false;
        }
    }

    /** Sends one request on a kept-alive connection and reads its whole answer (by Content-Length). */
    static String exchange(Socket socket, String request) throws IOException {
        socket.setSoTimeout(10_000);
        socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed during the answer's head: " + head);
            }
            head.write(b);
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        Matcher length = Pattern.compile("(?i)content-length: *(\\d+)").matcher(text);
        assertTrue(length.find(), text);
        byte[] body = in.readNBytes(Integer.parseInt(length.group(1)));
        assertEquals(Integer.parseInt(length.group(1)), body.length);
        return text + new String(body, StandardCharsets.UTF_8);
    }
}
