package dev.pillid.images;

import dev.pillid.testing.TestPhotos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RenditionsTest {

    @TempDir
    Path photos;
    @TempDir
    Path kept;

    /** A scaler that holds each rendition until the test lets it go, counting what it is asked to make. */
    static final class HeldScaler extends PhotoScaler {
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger started = new AtomicInteger();

        HeldScaler() {
            super(40_000_000L);
        }

        @Override
        public byte[] jpeg(Path photo, int width) throws UnusablePhoto {
            started.incrementAndGet();
            try {
                if (!release.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never let the rendition go");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return super.jpeg(photo, width);
        }
    }

    private Path photo(String name, int seed) throws IOException {
        Path photo = photos.resolve(name);
        TestPhotos.writeJpeg(photo, 300, 263, seed);
        return photo;
    }

    @Test
    void requestsForARenditionBeingMadeWaitForThatOneMakingEvenWhenOneStopsWaiting() throws Exception {
        HeldScaler scaler = new HeldScaler();
        Renditions renditions = new Renditions(kept, scaler, 2, 4);
        Path photo = photo("a.jpg", 1);
        List<CompletableFuture<Path>> asked = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            asked.add(renditions.of(photo, "aaaa", 120));
        }
        asked.remove(0).cancel(false);
        scaler.release.countDown();
        for (CompletableFuture<Path> each : asked) {
            assertEquals(kept.resolve("aaaa-w120.jpg"), each.get(10, TimeUnit.SECONDS));
        }
        assertEquals(1, scaler.started.get(), "made once");
        assertEquals(1, renditions.made());
        assertEquals(120, ImageIO.read(kept.resolve("aaaa-w120.jpg").toFile()).getWidth());

        assertTrue(renditions.of(photo, "aaaa", 120).isDone(), "kept on disk: nothing to wait for");
        assertEquals(1, scaler.started.get());
        renditions.stop();
    }

    @Test
    void makesAtMostTheBoundAtOnceAndRefusesBeyondTheQueue() throws Exception {
        HeldScaler scaler = new HeldScaler();
        Renditions renditions = new Renditions(kept, scaler, 1, 1);
        CompletableFuture<Path> first = renditions.of(photo("1.jpg", 1), "1111", 120);
        waitUntil(() -> scaler.started.get() == 1);
        CompletableFuture<Path> queued = renditions.of(photo("2.jpg", 2), "2222", 120);
        CompletableFuture<Path> refused = renditions.of(photo("3.jpg", 3), "3333", 120);

        ExecutionException busy = assertThrows(ExecutionException.class, () -> refused.get(1, TimeUnit.SECONDS));
        assertInstanceOf(Renditions.Unavailable.class, busy.getCause());
        assertFalse(queued.isDone());

        scaler.release.countDown();
        assertEquals(kept.resolve("1111-w120.jpg"), first.get(10, TimeUnit.SECONDS));
        assertEquals(kept.resolve("2222-w120.jpg"), queued.get(10, TimeUnit.SECONDS));
        assertEquals(1, renditions.mostAtOnce());
        assertEquals(kept.resolve("3333-w120.jpg"), renditions.of(photos.resolve("3.jpg"), "3333", 120).get(10, TimeUnit.SECONDS),
                "asked again once there is room, it is made");
        renditions.stop();
    }

    @Test
    void aPhotoNoWiderThanTheWidthIsItsOwnRendition() throws Exception {
        Renditions renditions = new Renditions(kept, new PhotoScaler(40_000_000L), 1, 4);
        Path photo = photo("b.jpg", 4);
        assertSame(photo, renditions.of(photo, "bbbb", 300).get(10, TimeUnit.SECONDS));
        assertSame(photo, renditions.of(photo, "bbbb", 600).get(10, TimeUnit.SECONDS));
        assertEquals(0, renditions.made());
        try (Stream<Path> files = Files.list(kept)) {
            assertEquals(0, files.count(), "nothing written for it");
        }
        renditions.stop();
    }

    @Test
    void aPhotoThatGivesNoRenditionIsRefusedAndRememberedAndLeavesNoFile() throws Exception {
        HeldScaler scaler = new HeldScaler();
        scaler.release.countDown();
        Renditions renditions = new Renditions(kept, scaler, 1, 4);
        Path cut = HostilePhotos.truncated(photos.resolve("cut.jpg"));
        ExecutionException refused = assertThrows(ExecutionException.class, () -> renditions.of(cut, "cccc", 120).get(10, TimeUnit.SECONDS));
        assertInstanceOf(PhotoScaler.UnusablePhoto.class, refused.getCause());
        CompletableFuture<Path> again = renditions.of(cut, "cccc", 120);
        assertTrue(again.isCompletedExceptionally(), "refused at once, without decoding it again");
        assertEquals(1, scaler.started.get());
        try (Stream<Path> files = Files.list(kept)) {
            assertEquals(List.of(), files.toList(), "no rendition and no half-written file");
        }
        renditions.stop();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(5);
        }
    }
}
