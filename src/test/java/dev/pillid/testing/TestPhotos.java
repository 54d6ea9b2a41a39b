package dev.pillid.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Before any test runs, writes a small JPEG made here for every photo the demo catalog names, in
 * target/test-photos (application.properties makes it the test profile's photo folder): the
 * photographs are never in the repository, and the tests of photo links and photo serving must
 * run on any clone. Each image is coloured after its file name, so that photos differ.
 */
public class TestPhotos implements LauncherSessionListener {

    public static final Path DIR = Path.of("target/test-photos");
    /** The test profile's rendition folder, emptied before the tests so that each run makes its renditions anew. */
    public static final Path RENDITIONS = Path.of("target/test-renditions");
    private static final Path DEMO = Path.of("data/demo-catalog.json");

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        try {
            Files.createDirectories(DIR);
            for (String name : demoPhotoNames()) {
                write(DIR.resolve(name), name);
            }
            if (Files.isDirectory(RENDITIONS)) {
                try (var kept = Files.list(RENDITIONS)) {
                    for (Path file : kept.toList()) {
                        Files.delete(file);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The photo file names of the demo catalog's records. */
    public static List<String> demoPhotoNames() throws IOException {
        List<String> names = new ArrayList<>();
        for (JsonNode record : new ObjectMapper().readTree(DEMO.toFile()).path("records")) {
            record.path("images").forEach(image -> names.add(image.asText()));
        }
        return names;
    }

    /** A photo the size of an RxImage photograph (300x263), coloured after its name. */
    private static void write(Path file, String name) throws IOException {
        writeJpeg(file, 300, 263, name.hashCode());
    }

    /** Writes a JPEG of that size: a pill on a background of the seed's colour, with a gradient so that it is not flat. */
    public static void writeJpeg(Path file, int width, int height, int seed) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        Color background = new Color(seed & 0xFFFFFF);
        g.setPaint(new java.awt.GradientPaint(0, 0, background, width, height, background.darker()));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 6, height / 4, width * 2 / 3, height / 2);
        g.dispose();
        if (!ImageIO.write(image, "jpg", file.toFile())) {
            throw new IllegalStateException("no JPEG writer in this JDK");
        }
    }
}
