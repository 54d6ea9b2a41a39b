package dev.pillid.api;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchLanesTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private final SearchLanes lanes = new SearchLanes(1, 1.0, 2, metrics.counter("busy"), Duration.ofMillis(300));
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        lanes.stop();
    }

    private String blocked() {
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "broad answer";
    }

    @Test
    void broadSearchesBeyondTheirThreadsAndQueueAreRefusedAtOnceWhileOthersAnswer() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        List<java.util.concurrent.CompletableFuture<String>> held = new ArrayList<>();
        held.add(lanes.run(true, () -> {
            running.countDown();
            return blocked();
        }).subscribeAsCompletionStage());
        assertTrue(running.await(10, TimeUnit.SECONDS));
        held.add(lanes.run(true, this::blocked).subscribeAsCompletionStage());
        held.add(lanes.run(true, this::blocked).subscribeAsCompletionStage());

        long asked = System.nanoTime();
        ApiProblem busy = assertThrows(ApiProblem.class, () -> lanes.run(true, () -> "never").await().atMost(WAIT));
        assertTrue(System.nanoTime() - asked >= Duration.ofMillis(300).toNanos(), "the refusal waits its pause");
        assertEquals(503, busy.toProblem("/v1/pills/search").status());
        assertEquals(1, busy.retryAfterSeconds());
        assertEquals(1, metrics.counter("busy").count());

        String narrowThread = lanes.run(false, () -> Thread.currentThread().getName()).await().atMost(WAIT);
        assertTrue(!narrowThread.startsWith("pillid-broad-search"), narrowThread);

        release.countDown();
        for (var answer : held) {
            assertEquals("broad answer", answer.get(10, TimeUnit.SECONDS));
        }
        assertEquals("again", lanes.run(true, () -> "again").await().atMost(WAIT));
    }

    @Test
    void aFailingSearchFailsItsAnswer() {
        Uni<String> failing = lanes.run(false, () -> {
            throw ApiProblem.invalidParameter("bad");
        });
        assertEquals("bad", assertThrows(ApiProblem.class, () -> failing.await().atMost(WAIT)).getMessage());
    }
}
