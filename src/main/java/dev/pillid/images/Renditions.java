package dev.pillid.images;

import dev.pillid.config.PillIdConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The renditions of photos at the widths clients may ask for, each made once and kept on disk in
 * {@code pillid.images.rendition-dir}, named after the photo's content hash and the width (so a
 * changed photo gets new renditions). Making one takes a processor, so at most
 * {@code renditions-at-once} are made at a time on threads of their own, with a bounded queue;
 * requests for a rendition being made wait for that one making. A photo that cannot be made into
 * a rendition is remembered, so a hostile file is decoded once, not once a request.
 */
@ApplicationScoped
public class Renditions {

    /** The widths a rendition may have: the list thumbnail, and two detail sizes. */
    public static final List<Integer> WIDTHS = List.of(120, 300, 600);
    /** The width of the thumbnail photo links give for result lists. */
    public static final int THUMBNAIL_WIDTH = 120;

    private static final Logger LOG = Logger.getLogger(Renditions.class);

    /** Thrown when the queue of renditions to make is full, or a rendition made could not be stored. */
    static final class Unavailable extends RuntimeException {
        Unavailable(String reason) {
            super(reason, null, false, false);
        }
    }

    private final Path dir;
    private final PhotoScaler scaler;
    private final ThreadPoolExecutor makers;
    private final Map<String, CompletableFuture<Path>> making = new ConcurrentHashMap<>();
    /** The renditions that are their photo itself (it is no wider), and the photos that cannot be made into one. */
    private final Map<String, Path> asIs = new ConcurrentHashMap<>();
    private final Map<String, PhotoScaler.UnusablePhoto> unusable = new ConcurrentHashMap<>();
    private final AtomicLong made = new AtomicLong();
    private final AtomicInteger atOnce = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();

    @Inject
    Renditions(PillIdConfig config) {
        this(config.images().renditionDir(), new PhotoScaler(config.images().maxPixels()), config.images().renditionsAtOnce(),
                config.images().renditionsWaiting());
    }

    Renditions(Path dir, PhotoScaler scaler, int renditionsAtOnce, int waiting) {
        this.dir = dir;
        this.scaler = scaler;
        int threads = renditionsAtOnce > 0 ? renditionsAtOnce : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        AtomicInteger threadCount = new AtomicInteger();
        this.makers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(Math.max(1, waiting)),
                work -> {
                    Thread thread = new Thread(work, "pillid-photo-rendition-" + threadCount.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * The file to serve for {@code photo} at {@code width}: its rendition, made now if it is not
     * on disk, or the photo itself when it is no wider than that. Fails with
     * {@link PhotoScaler.UnusablePhoto} when the photo cannot be made into one, and with
     * {@link Unavailable} when too many renditions wait to be made or one cannot be stored. Each
     * caller gets a future of its own: one that stops waiting (and cancels it) leaves the making,
     * and the others waiting for it, as they are.
     *
     * @param hash the photo's content hash, which names its renditions
     */
    CompletableFuture<Path> of(Path photo, String hash, int width) {
        String key = hash + "-w" + width;
        Path kept = asIs.get(key);
        if (kept != null) {
            return CompletableFuture.completedFuture(kept);
        }
        PhotoScaler.UnusablePhoto refused = unusable.get(key);
        if (refused != null) {
            return CompletableFuture.failedFuture(refused);
        }
        Path rendition = dir.resolve(key + ".jpg");
        if (Files.isRegularFile(rendition)) {
            return CompletableFuture.completedFuture(rendition);
        }
        CompletableFuture<Path> started = new CompletableFuture<>();
        CompletableFuture<Path> underWay = making.putIfAbsent(key, started);
        if (underWay != null) {
            return underWay.copy();
        }
        try {
            makers.execute(() -> make(photo, width, key, rendition, started));
        } catch (RejectedExecutionException e) {
            making.remove(key, started);
            started.completeExceptionally(new Unavailable("too many photo renditions are waiting to be made"));
        }
        return started.copy();
    }

    private void make(Path photo, int width, String key, Path rendition, CompletableFuture<Path> result) {
        int now = atOnce.incrementAndGet();
        mostAtOnce.accumulateAndGet(now, Math::max);
        try {
            if (scaler.size(photo).width() <= width) {
                asIs.put(key, photo);
                result.complete(photo);
            } else {
                write(rendition, scaler.jpeg(photo, width));
                made.incrementAndGet();
                result.complete(rendition);
            }
        } catch (PhotoScaler.UnusablePhoto e) {
            LOG.warnf("photo %s gives no rendition at width %d: %s", photo.getFileName(), width, e.getMessage());
            unusable.put(key, e);
            result.completeExceptionally(e);
        } catch (UncheckedIOException e) {
            LOG.errorf(e, "a rendition of photo %s could not be stored in %s", photo.getFileName(), dir);
            result.completeExceptionally(new Unavailable("the rendition could not be stored"));
        } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
        } finally {
            atOnce.decrementAndGet();
            making.remove(key, result);
        }
    }

    /** Writes the rendition beside its final name and moves it there, so that no reader ever sees half a file. */
    private void write(Path rendition, byte[] jpeg) {
        try {
            Files.createDirectories(dir);
            Path part = Files.createTempFile(dir, rendition.getFileName().toString(), ".part");
            try {
                Files.write(part, jpeg);
                try {
                    Files.move(part, rendition, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(part, rendition, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(part);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many renditions this service has made and written (for tests and figures). */
    long made() {
        return made.get();
    }

    /** The most renditions that were being made at one moment (for tests). */
    int mostAtOnce() {
        return mostAtOnce.get();
    }

    @PreDestroy
    void stop() {
        makers.shutdownNow();
    }
}
