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
    private static final Path DEMO = Path.of("data/demo-catalog.json");

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        try {
            Files.createDirectories(DIR);
            for (String name : demoPhotoNames()) {
                write(DIR.resolve(name), name);
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

    private static void write(Path file, String name) throws IOException {
        BufferedImage image = new BufferedImage(60, 53, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(name.hashCode() & 0xFFFFFF));
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.WHITE);
        g.fillOval(10, 12, 40, 28);
        g.dispose();
        if (!ImageIO.write(image, "jpg", file.toFile())) {
            throw new IllegalStateException("no JPEG writer in this JDK");
        }
    }
}
