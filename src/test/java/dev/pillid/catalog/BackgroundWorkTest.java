package dev.pillid.catalog;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Background work (catalog saves, imports) runs one task at a time, in the order it was given. */
@QuarkusTest
class BackgroundWorkTest {

    @Inject
    @BackgroundWork
    ManagedExecutor background;

    @Test
    void runsOneTaskAtATimeInTheOrderGiven() throws Exception {
        List<Integer> finished = new CopyOnWriteArrayList<>();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        List<CompletableFuture<Void>> tasks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int task = i;
            tasks.add(background.runAsync(() -> {
                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(30);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                finished.add(task);
                running.decrementAndGet();
            }));
        }
        CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        assertEquals(List.of(0, 1, 2, 3, 4, 5), finished);
        assertEquals(1, mostAtOnce.get());
    }
}
