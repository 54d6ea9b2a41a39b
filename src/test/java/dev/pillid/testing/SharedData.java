package dev.pillid.testing;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real public data beside the repository ({@code ../shared/data}, see its README). Tests that
 * need it skip, saying why, when it is absent: on a user's machine it usually is.
 */
public final class SharedData {

    public static final Path ROOT = Path.of(System.getProperty("pillid.shared-data", "../shared/data"));

    private SharedData() {
    }

    /** The path of a file or folder of the shared data; the calling test is skipped when it is missing. */
    public static Path require(String relative) {
        Path path = ROOT.resolve(relative);
        Assumptions.assumeTrue(Files.exists(path),
                "skipped: shared data " + path.toAbsolutePath().normalize() + " is absent (see ../shared/data/README.md)");
        return path;
    }
}
