package dev.pillid.testing;

import org.junit.jupiter.api.Assumptions;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real public data beside the repository ({@code ../shared/data}, see its README). Tests that
 * need it skip, saying why, when it is absent: on a user's machine it usually is.
 */
public final class SharedData {

    /** Where the shared data is, when not beside the repository; {@code /nonexistent} runs the tests as a lone clone. */
    public static final String PROPERTY = "pillid.shared-data";
    /** The same, moved out of the pillid configuration root by {@link Property}. */
    private static final String MOVED = "pillid-tests.shared-data";
    public static final Path ROOT = Path.of(System.getProperty(MOVED, System.getProperty(PROPERTY, "../shared/data")));

    private SharedData() {
    }

    /** The path of a file or folder of the shared data; the calling test is skipped when it is missing. */
    public static Path require(String relative) {
        Path path = ROOT.resolve(relative);
        Assumptions.assumeTrue(Files.exists(path),
                "skipped: shared data " + path.toAbsolutePath().normalize() + " is absent (see ../shared/data/README.md)");
        return path;
    }

    /**
     * Before any test runs, moves the property to a name outside the {@code pillid} configuration
     * root: Quarkus refuses to start while a system property under it names no configuration key.
     * (A system property, because a Quarkus test loads this class again in its own class loader.)
     */
    public static final class Property implements LauncherSessionListener {

        @Override
        public void launcherSessionOpened(LauncherSession session) {
            String value = System.clearProperty(PROPERTY);
            if (value != null) {
                System.setProperty(MOVED, value);
            }
        }
    }
}
