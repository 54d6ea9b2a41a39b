package dev.pillid.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pillid.config.PillIdConfig;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.quarkus.vertx.http.HttpServerStart;
import io.quarkus.vertx.http.runtime.HeaderConfig;
import io.quarkus.vertx.http.runtime.VertxHttpConfig;
import io.smallrye.config.SmallRyeConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.impl.HttpServerImpl;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.net.impl.TCPServerBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts the service's own handlers on every connection of the application's HTTP server, beside
 * Vert.x's: {@link RequestHeadDeadline} (a request's line and headers must arrive within
 * pillid.http.header-timeout) and {@link BareAnswerProblems} (the HTTP layer's own refusals get a
 * problem document). Neither Vert.x nor Quarkus offers a hook on a connection before its
 * first request has arrived whole (Quarkus keeps the HttpServer to itself; the server's connection
 * handler runs after the first request head when HTTP/2 over cleartext is on), so the handlers are
 * placed from the server's listening channel as it accepts each connection. That channel is not
 * public API: when it cannot be reached, the service runs without the handlers and logs an error.
 */
@ApplicationScoped
class ConnectionGuards implements HttpServerOptionsCustomizer {

    private static final Logger LOG = Logger.getLogger(ConnectionGuards.class);
    private static final String ACCEPTOR = "pillid-connection-guards";
    /** Vert.x's names for its HTTP/1 codec in each connection's pipeline. */
    static final String DECODER = "httpDecoder";
    static final String ENCODER = "httpEncoder";

    private final Vertx vertx;
    private final ObjectMapper json;
    private final long headerTimeoutNanos;
    private final ByteBuf headTimedOut;
    private final BareAnswerProblems.Limits limits;
    private final Map<String, String> securityHeaders;

    ConnectionGuards(Vertx vertx, PillIdConfig config, ObjectMapper json) {
        this.vertx = vertx;
        this.json = json;
        VertxHttpConfig http = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(VertxHttpConfig.class);
        this.securityHeaders = securityHeaders(http);
        this.limits = new BareAnswerProblems.Limits(http.limits().maxInitialLineLength(), http.limits().maxHeaderSize().asLongValue(),
                http.limits().maxBodySize().map(MemorySize::asLongValue).orElse(Long.MAX_VALUE));
        this.headerTimeoutNanos = config.http().headerTimeout().toNanos();
        long seconds = Math.max(1, config.http().headerTimeout().toSeconds());
        this.headTimedOut = rawAnswer(ProblemType.REQUEST_HEAD_TIMEOUT.problem("The request line and headers did not all arrive "
                + "within " + seconds + " s, so the connection is closed. Send the whole head of a request at once.", null));
    }

    /**
     * Without HTTP/2 over cleartext (which browsers never use), Vert.x builds each connection's
     * HTTP/1 pipeline as it accepts it, before any byte arrives, so that the guards can join it
     * there. HTTP/2 over TLS, were TLS configured, is not affected.
     */
    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setHttp2ClearTextEnabled(false);
    }

    void install(@ObservesAsync HttpServerStart start) {
        int port = start.options().getPort();
        Channel listening;
        try {
            listening = listeningChannel(port);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.errorf("HTTP connections on port %d run without the request head deadline, and the HTTP layer's refusals "
                    + "without problem documents: %s", port, e);
            return;
        }
        synchronized (this) {
            ChannelPipeline pipeline = listening.pipeline();
            if (pipeline.get(ACCEPTOR) != null) {
                pipeline.replace(ACCEPTOR, ACCEPTOR, new Acceptor());
            } else {
                pipeline.addFirst(ACCEPTOR, new Acceptor());
            }
        }
        LOG.debugf("connection guards on port %d", port);
    }

    private Channel listeningChannel(int port) throws ReflectiveOperationException {
        HttpServerImpl server = ((VertxInternal) vertx).sharedHttpServers().values().stream()
                .filter(candidate -> candidate.actualPort() == port).findFirst()
                .orElseThrow(() -> new IllegalStateException("no shared HTTP server on port " + port));
        Field bound = TCPServerBase.class.getDeclaredField("bindFuture");
        bound.setAccessible(true);
        @SuppressWarnings("unchecked")
        Future<Channel> channel = (Future<Channel>) bound.get(server);
        if (channel == null || channel.result() == null) {
            throw new IllegalStateException("the server on port " + port + " is not bound");
        }
        return channel.result();
    }

    /** On the listening channel: each connection it accepts gets {@link Setup} first in its pipeline. */
    private final class Acceptor extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object accepted) {
            if (accepted instanceof Channel connection) {
                connection.pipeline().addFirst(new Setup());
            }
            ctx.fireChannelRead(accepted);
        }
    }

    /** Once Vert.x has built the connection's pipeline (before it becomes active), places the guards in it and leaves. */
    private final class Setup extends ChannelInboundHandlerAdapter {
        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            ChannelPipeline pipeline = ctx.pipeline();
            if (pipeline.get(DECODER) != null && pipeline.get(ENCODER) != null) {
                RequestHeadDeadline deadline = new RequestHeadDeadline(headerTimeoutNanos, headTimedOut);
                pipeline.addAfter(ctx.name(), "pillid-request-head-deadline", deadline);
                pipeline.addAfter(ENCODER, "pillid-request-boundaries", deadline.boundaries());
                pipeline.addAfter(ENCODER, "pillid-bare-answer-problems", new BareAnswerProblems(limits, json, securityHeaders));
            }
            ctx.fireChannelActive();
            pipeline.remove(this);
        }
    }

    /** A whole HTTP/1.1 answer carrying this problem, for handlers that write ahead of Vert.x's encoder. */
    private ByteBuf rawAnswer(Problem problem) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(problem.status()).append(' ').append(problem.title()).append("\r\n")
                .append("Content-Type: ").append(Problem.MEDIA_TYPE).append("\r\n")
                .append("Content-Length: ").append(body.length).append("\r\n")
                .append("Connection: close\r\n");
        securityHeaders.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("\r\n");
        return Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(head.toString().getBytes(StandardCharsets.ISO_8859_1), body));
    }

    /** The headers quarkus.http.header sets on every answer (application.properties: the security headers). */
    private static Map<String, String> securityHeaders(VertxHttpConfig http) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Map.Entry<String, HeaderConfig> header : http.header().entrySet()) {
            if ("/*".equals(header.getValue().path()) && header.getValue().methods().isEmpty()) {
                headers.put(header.getKey(), header.getValue().value());
            }
        }
        return headers;
    }
}
