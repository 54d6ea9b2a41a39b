package dev.pillid.api;

import dev.pillid.config.PillIdConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
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

    @Inject
    SearchRateLimit(PillIdConfig config, MeterRegistry metrics) {
        this(config.searches().rateLimit().perSecond(), config.searches().rateLimit().burst(),
                config.searches().rateLimit().maxClients(), System::nanoTime, metrics.counter("pillid.searches.rate_limited"),
                config.searches().refusalPause());
    }

    SearchRateLimit(double perSecond, int burst, int maxClients, LongSupplier clock, Counter refused, Duration pause) {
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
            take(request.remoteAddress() == null ? null : request.remoteAddress().hostAddress());
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
            bucket = buckets.size() >= maxClients ? buckets.computeIfAbsent(OTHERS, k -> new Bucket(burst, clock.getAsLong()))
                    : buckets.computeIfAbsent(key, k -> new Bucket(burst, clock.getAsLong()));
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
        if (address.indexOf('.') >= 0) {
            // IPv4, or IPv4 written as IPv6 (::ffff:192.0.2.1): the IPv4 address.
            return address.substring(address.lastIndexOf(':') + 1).replace("]", "");
        }
        if (address.indexOf(':') < 0) {
            return address;
        }
        String[] groups = expand(address);
        return groups == null ? address : String.join(":", groups[0], groups[1], groups[2], groups[3]) + "::/64";
    }

    /** The eight groups of an IPv6 address written with "::", or null when it is not one. */
    private static String[] expand(String address) {
        String plain = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        int zone = plain.indexOf('%');
        plain = zone < 0 ? plain : plain.substring(0, zone);
        String[] halves = plain.split("::", -1);
        if (halves.length > 2) {
            return null;
        }
        String[] head = halves[0].isEmpty() ? new String[0] : halves[0].split(":");
        String[] tail = halves.length < 2 || halves[1].isEmpty() ? new String[0] : halves[1].split(":");
        if (head.length + tail.length > 8 || halves.length == 1 && head.length != 8) {
            return null;
        }
        String[] groups = new String[8];
        java.util.Arrays.fill(groups, "0");
        for (int i = 0; i < head.length; i++) {
            groups[i] = normal(head[i]);
        }
        for (int i = 0; i < tail.length; i++) {
            groups[8 - tail.length + i] = normal(tail[i]);
        }
        return groups;
    }

    private static String normal(String group) {
        String lower = group.toLowerCase(java.util.Locale.ROOT).replaceFirst("^0+(?=.)", "");
        return lower.isEmpty() ? "0" : lower;
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
