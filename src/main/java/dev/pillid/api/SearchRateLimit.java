package dev.pillid.api;

import dev.pillid.config.PillIdConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.netty.util.NetUtil;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The per-client limit on anonymous searches and imprint suggestions: a token bucket per client
 * address (an IPv6 address by its /64 network, which one client usually holds whole), refilled at
 * {@code pillid.searches.rate-limit.per-second} up to {@code burst}. A client over its share is
 * answered 429 with the seconds until its next token. Buckets that have filled up again are
 * forgotten once a minute; when more addresses than {@code max-clients} are searching, the others
 * share one bucket rather than grow the table.
 */
@ApplicationScoped
public class SearchRateLimit {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final String OTHERS = "";

    private final double perNano;
    private final double burst;
    private final int maxClients;
    private final LongSupplier clock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Counter refused;
    private final Duration pause;
    private final ClientAddress clients;

    @Inject
    SearchRateLimit(PillIdConfig config, MeterRegistry metrics, ClientAddress clients) {
        this(config.searches().rateLimit().perSecond(), config.searches().rateLimit().burst(),
                config.searches().rateLimit().maxClients(), System::nanoTime, metrics.counter("pillid.searches.rate_limited"),
                config.searches().refusalPause(), clients);
    }

    SearchRateLimit(double perSecond, int burst, int maxClients, LongSupplier clock, Counter refused, Duration pause,
                    ClientAddress clients) {
        this.clients = clients;
        this.pause = pause;
        this.perNano = perSecond / NANOS_PER_SECOND;
        this.burst = Math.max(1, burst);
        this.maxClients = maxClients;
        this.clock = clock;
        this.refused = refused;
    }

    /**
     * Nothing, once one search is taken from the client's share; or, when its share is used up,
     * the 429 problem, after the refusal pause.
     */
    public Uni<Void> admit(HttpServerRequest request) {
        try {
            take(clients.of(request));
            return Uni.createFrom().voidItem();
        } catch (ApiProblem refusal) {
            return refusal.answeredAfter(pause);
        }
    }

    /** Takes one search from the client's share, or refuses it with a 429 problem. */
    void take(String clientAddress) {
        if (perNano <= 0) {
            return;
        }
        String key = key(clientAddress);
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            bucket = buckets.computeIfAbsent(buckets.size() >= maxClients ? OTHERS : key, k -> new Bucket(burst, clock.getAsLong()));
        }
        long waitNanos = bucket.take(clock.getAsLong(), perNano, burst);
        if (waitNanos > 0) {
            refused.increment();
            long seconds = Math.max(1, (waitNanos + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND);
            throw ApiProblem.tooManyRequests("This address has sent more searches than the " + rate() + " a second (in bursts of up to "
                    + (long) burst + ") each client may make. Wait " + seconds + " s (Retry-After) and search again.", seconds);
        }
    }

    /** Forgets the clients whose bucket is full again: they have not searched for a while. */
    @Scheduled(every = "60s", delayed = "60s")
    void forgetIdleClients() {
        long now = clock.getAsLong();
        buckets.values().removeIf(bucket -> bucket.fullAt(now, perNano, burst));
    }

    int trackedClients() {
        return buckets.size();
    }

    private String rate() {
        double perSecond = perNano * NANOS_PER_SECOND;
        return perSecond == Math.rint(perSecond) ? Long.toString((long) perSecond) : Double.toString(perSecond);
    }

    /** The address a client is counted by: an IPv4 address whole, an IPv6 address by its first four groups (its /64). */
    static String key(String address) {
        if (address == null) {
            return OTHERS;
        }
        String last = address.substring(address.lastIndexOf(':') + 1).replace("]", "");
        if (NetUtil.isValidIpV4Address(last)) {
            // IPv4, or IPv4 written as IPv6 (::ffff:192.0.2.1): the IPv4 address.
            return last;
        }
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(address);
        if (bytes == null || bytes.length != 16) {
            return address;
        }
        StringBuilder network = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            network.append(Integer.toHexString((bytes[i] & 0xff) << 8 | bytes[i + 1] & 0xff)).append(':');
        }
        return network.append(":/64").toString();
    }

    /** One client's tokens, refilled lazily when it searches. */
    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.last = now;
        }

        /** Takes a token and answers 0, or answers the nanoseconds until one is there. */
        synchronized long take(long now, double perNano, double burst) {
            refill(now, perNano, burst);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perNano);
        }

        synchronized boolean fullAt(long now, double perNano, double burst) {
            refill(now, perNano, burst);
            return tokens >= burst;
        }

        private void refill(long now, double perNano, double burst) {
            tokens = Math.min(burst, tokens + (now - last) * perNano);
            last = now;
        }
    }
}
