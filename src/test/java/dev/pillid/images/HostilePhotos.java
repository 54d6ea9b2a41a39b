package dev.pillid.images;

import dev.pillid.testing.TestPhotos;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Photo files a photo folder may hold that no decoder should trust, written by the tests themselves. */
final class HostilePhotos {

    private HostilePhotos() {
    }

    /** A valid 16x16 JPEG of a few hundred bytes whose frame header declares 50000x50000 pixels. */
    static Path declaringHugeSize(Path file) throws IOException {
        Path small = Files.createTempFile("small", ".jpg");
        TestPhotos.writeJpeg(small, 16, 16, 7);
        byte[] jpeg = Files.readAllBytes(small);
        Files.delete(small);
        for (int i = 2; i + 8 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
                // SOF0: marker, length (2), precision (1), height (2), width (2).
                jpeg[i + 5] = (byte) 0xC3;
                jpeg[i + 6] = (byte) 0x50;
                jpeg[i + 7] = (byte) 0xC3;
                jpeg[i + 8] = (byte) 0x50;
                return Files.write(file, jpeg);
            }
        }
        throw new IllegalStateException("no SOF0 frame header in the JPEG the JDK wrote");
    }

    /** The first half of a 400x350 JPEG: the header is whole, the image data stops midway. */
    static Path truncated(Path file) throws IOException {
        TestPhotos.writeJpeg(file, 400, 350, 11);
        byte[] jpeg = Files.readAllBytes(file);
        return Files.write(file, Arrays.copyOf(jpeg, jpeg.length / 2));
    }

    /** A web page saved under a photo's name. */
    static Path notAnImage(Path file) throws IOException {
        return Files.writeString(file, "<!doctype html><title>Not found</title><p>This is not a photo.</p>\n", StandardCharsets.UTF_8);
    }
}
