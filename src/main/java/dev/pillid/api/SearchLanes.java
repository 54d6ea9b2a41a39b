package dev.pillid.api;

import dev.pillid.config.PillIdConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Where searches run: never on the event loop, which must stay free to read requests and answer
 * the cheap ones. Searches the candidate index narrows run on the worker pool; broad ones
 * ({@link dev.pillid.search.SearchCost#broad}) run on a few threads of their own with a bounded
 * queue, so that however many of them arrive they hold at most those threads, and the narrow
 * searches beside them keep their pace; each of those threads rests after a search, in
 * proportion to its length, so that broad searches take at most their share of a processor. A broad search that finds the queue full is answered 503
 * at once, with Retry-After.
 */
@ApplicationScoped
public class SearchLanes {

    private static final long RETRY_AFTER_SECONDS = 1;

    private final ThreadPoolExecutor broad;
    private final Counter refused;

    private final Duration pause;
    /** How long a broad-search thread rests for each nanosecond it searched. */
    private final double restPerBusy;

    @Inject
    SearchLanes(PillIdConfig config, MeterRegistry metrics) {
        this(config.searches().broadAtOnce(), config.searches().broadShare(), config.searches().broadWaiting(),
                metrics.counter("pillid.searches.busy"), config.searches().refusalPause());
    }

    SearchLanes(int broadAtOnce, double broadShare, int broadWaiting, Counter refused, Duration pause) {
        this.pause = pause;
        this.restPerBusy = broadShare <= 0 || broadShare >= 1 ? 0 : (1 - broadShare) / broadShare;
        int threads = broadAtOnce > 0 ? broadAtOnce : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        AtomicInteger made = new AtomicInteger();
        this.broad = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(Math.max(1, broadWaiting)),
                work -> {
                    Thread thread = new Thread(work, "pillid-broad-search-" + made.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.refused = refused;
    }

    /**
     * The answer, computed off the event loop: in the broad lane when {@code broadSearch}, else on
     * the worker pool. A broad search refused for a full queue is answered after the refusal pause.
     */
    public <T> Uni<T> run(boolean broadSearch, Supplier<T> work) {
        if (!broadSearch) {
            return Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        }
        return Uni.createFrom().item(work).runSubscriptionOn(this::offerBroad)
                .onFailure(Busy.class).recoverWithUni(busy -> ((Busy) busy).refusal.answeredAfter(pause));
    }

    private void offerBroad(Runnable work) {
        try {
            broad.execute(() -> {
                long started = System.nanoTime();
                try {
                    work.run();
                } finally {
                    rest(System.nanoTime() - started);
                }
            });
        } catch (RejectedExecutionException full) {
            refused.increment();
            throw new Busy(ApiProblem.searchesBusy("Too many searches by look alone or with '?' in the imprint are waiting; this one "
                    + "was not started. Retry in a moment, or add what you can read of the imprint: such searches are not held up.",
                    RETRY_AFTER_SECONDS));
        }
    }

    private void rest(long busyNanos) {
        long nanos = (long) (busyNanos * restPerBusy);
        if (nanos > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(nanos);
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The broad lane's refusal, told apart from a failure of the search itself. */
    private static final class Busy extends RuntimeException {
        private final ApiProblem refusal;

        Busy(ApiProblem refusal) {
            super(null, null, false, false);
            this.refusal = refusal;
        }
    }

    @PreDestroy
    void stop() {
        broad.shutdownNow();
    }
}
