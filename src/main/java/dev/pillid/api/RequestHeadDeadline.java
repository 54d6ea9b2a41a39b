package dev.pillid.api;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.concurrent.ScheduledFuture;

import java.util.concurrent.TimeUnit;

/**
 * Closes a connection whose request head (line and headers) does not arrive whole in time: the
 * first within the timeout of the connection's opening, each later one within the timeout of its
 * first byte. The idle and read timeouts of the HTTP server cannot do this, as any byte resets
 * them: a client sending one byte a second would hold a connection for as long as it liked. An
 * idle keep-alive connection between requests is left to the server's idle timeout.
 *
 * <p>It sits first in the connection's pipeline, where it sees the bytes as they arrive; its
 * {@link #boundaries() other half} sits behind Vert.x's HTTP codec and sees where each request's
 * head and body end and whether an answer is being written. A client that had begun a request is
 * answered 408 with a problem document before the connection closes, unless an answer to an
 * earlier request is still being written; one that sent nothing is closed without an answer.
 */
final class RequestHeadDeadline extends ChannelInboundHandlerAdapter {

    private final long timeoutNanos;
    private final ByteBuf timedOut;
    private ChannelHandlerContext context;
    private ScheduledFuture<?> deadline;
    private boolean awaitingHead = true;
    private boolean headBegun;
    private boolean answering;

    RequestHeadDeadline(long timeoutNanos, ByteBuf timedOut) {
        this.timeoutNanos = timeoutNanos;
        this.timedOut = timedOut;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        context = ctx;
        arm();
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object bytes) {
        if (awaitingHead) {
            headBegun = true;
            if (deadline == null) {
                arm();
            }
        }
        ctx.fireChannelRead(bytes);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        disarm();
        ctx.fireChannelInactive();
    }

    private void arm() {
        deadline = context.executor().schedule(this::expire, timeoutNanos, TimeUnit.NANOSECONDS);
    }

    private void disarm() {
        if (deadline != null) {
            deadline.cancel(false);
            deadline = null;
        }
    }

    private void expire() {
        deadline = null;
        if (!awaitingHead || !context.channel().isActive()) {
            return;
        }
        if (headBegun && !answering) {
            context.writeAndFlush(timedOut.duplicate()).addListener(ChannelFutureListener.CLOSE);
        } else {
            context.close();
        }
    }

    /** The half behind the HTTP codec: marks each request head and end, and each answer. */
    ChannelDuplexHandler boundaries() {
        return new ChannelDuplexHandler() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object message) {
                if (message instanceof HttpRequest) {
                    awaitingHead = false;
                    disarm();
                }
                if (message instanceof LastHttpContent) {
                    // The next head is awaited; its deadline starts with its first byte.
                    awaitingHead = true;
                    headBegun = false;
                }
                ctx.fireChannelRead(message);
            }

            @Override
            public void write(ChannelHandlerContext ctx, Object message, ChannelPromise promise) {
                if (message instanceof HttpResponse response && response.status().code() >= 200) {
                    answering = true;
                }
                if (message instanceof LastHttpContent) {
                    answering = false;
                }
                ctx.write(message, promise);
            }
        };
    }
}
