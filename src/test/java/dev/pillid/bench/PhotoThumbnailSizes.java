package dev.pillid.bench;

import dev.pillid.images.PhotoScaler;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sizes of the list thumbnails (width 120) the service makes of every JPEG in a photo folder,
 * with the scaler it serves them with, and the time all of them take on one thread.
 * Usage: {@code PhotoThumbnailSizes <photo folder> [width]}.
 */
public final class PhotoThumbnailSizes {

    private PhotoThumbnailSizes() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "../shared/data/rximage-images");
        int width = args.length > 1 ? Integer.parseInt(args[1]) : 120;
        List<Path> photos;
        try (Stream<Path> files = Files.list(folder)) {
            photos = files.filter(f -> f.getFileName().toString().endsWith(".jpg")).sorted().toList();
        }
        PhotoScaler scaler = new PhotoScaler(40_000_000L);
        List<Integer> sizes = new ArrayList<>(photos.size());
        int refused = 0;
        long started = System.nanoTime();
        for (Path photo : photos) {
            try {
                sizes.add(scaler.jpeg(photo, width).length);
            } catch (PhotoScaler.UnusablePhoto e) {
                refused++;
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        sizes.sort(null);
        if (sizes.isEmpty()) {
            System.out.printf("no thumbnail made of %d files in %s%n", photos.size(), folder);
            return;
        }
        System.out.printf("%s: %d thumbnails %d wide (%d files refused): min %d, median %d, p99 %d, max %d bytes; %d ms in all%n",
                folder, sizes.size(), width, refused, sizes.get(0), sizes.get(sizes.size() / 2),
                sizes.get((int) (sizes.size() * 0.99)), sizes.get(sizes.size() - 1), millis);
    }
}
