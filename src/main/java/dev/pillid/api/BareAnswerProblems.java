package dev.pillid.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.util.ReferenceCountUtil;

import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Gives the HTTP layer's own refusals a problem document. A request Vert.x cannot parse, or whose
 * line or headers are over its limits, is answered 400, 414 or 431 with no body; one whose target
 * is not a valid URI (a % not followed by two hexadecimal digits, a space or a | left unencoded)
 * is answered 400 with no body by Quarkus before any route sees it; a body over the limit is
 * answered 413 with no body, by {@link BodyLimitGuard} when declared, by the REST layer as it reads
 * when chunked. None of these reach the exception
 * mappers. Sitting behind Vert.x's HTTP encoder, this handler replaces such an empty answer by
 * one with the same status and a problem document, with the security headers every answer
 * carries. Answers to HEAD requests are left without a body, as HTTP requires.
 */
final class BareAnswerProblems extends ChannelDuplexHandler {

    /** What the service accepts, for the details of the problems; the same for every connection. */
    record Limits(int requestLine, long headers, long body) {
    }

    private final Limits limits;
    private final ObjectMapper json;
    private final Map<String, String> securityHeaders;
    private boolean head;
    /** The request's target as sent, when the request line could be read; null otherwise. */
    private String target;

    BareAnswerProblems(Limits limits, ObjectMapper json, Map<String, String> securityHeaders) {
        this.limits = limits;
        this.json = json;
        this.securityHeaders = securityHeaders;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        if (message instanceof HttpRequest request) {
            head = HttpMethod.HEAD.equals(request.method());
            target = request.decoderResult().isSuccess() ? request.uri() : null;
        }
        ctx.fireChannelRead(message);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object message, ChannelPromise promise) {
        if (message instanceof FullHttpResponse answer && !head && answer.content().readableBytes() == 0
                && !answer.headers().contains(HttpHeaderNames.CONTENT_TYPE)) {
            Problem problem = problem(answer.status().code());
            if (problem != null) {
                ctx.write(withBody(answer, problem), promise);
                ReferenceCountUtil.release(answer);
                return;
            }
        }
        ctx.write(message, promise);
    }

    private Problem problem(int status) {
        return switch (status) {
            case 400 -> target != null
                    ? ProblemType.MALFORMED_REQUEST.problem("The request's target is not a valid URI: it holds a % not followed by two "
                            + "hexadecimal digits, or a character that must be percent-encoded (a space, \", <, >, \\, ^, `, {, | or }). "
                            + "Percent-encode parameter values; a literal % is %25.", target)
                    : ProblemType.MALFORMED_REQUEST.problem("The request could not be read as HTTP/1.1: its request line or one of its "
                            + "headers is malformed.", null);
            case 413 -> ProblemType.BODY_TOO_LARGE.problem("The body is larger than the " + limits.body() / (1024 * 1024)
                    + " MB this service accepts. Put large catalog files in the server's import folder and name them instead.",
                    target == null ? null : new QueryStringDecoder(target).rawPath());
            case 414 -> ProblemType.REQUEST_LINE_TOO_LONG.problem("The request line is longer than the " + limits.requestLine()
                    + " bytes this service reads. Send shorter parameters: an imprint has at most 64 characters, a name 100.", null);
            case 431 -> ProblemType.HEADERS_TOO_LARGE.problem("The request's headers are larger than the " + limits.headers()
                    + " bytes this service reads. Send fewer or smaller headers.", null);
            default -> null;
        };
    }

    private FullHttpResponse withBody(FullHttpResponse answer, Problem problem) {
        ByteBuf body;
        try {
            body = Unpooled.wrappedBuffer(json.writeValueAsBytes(problem));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        HttpHeaders headers = answer.headers().copy()
                .set(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .set(HttpHeaderNames.CONTENT_LENGTH, body.readableBytes());
        securityHeaders.forEach((name, value) -> {
            if (!headers.contains(name)) {
                headers.set(name, value);
            }
        });
        return new DefaultFullHttpResponse(answer.protocolVersion(), answer.status(), body, headers, answer.trailingHeaders().copy());
    }
}
