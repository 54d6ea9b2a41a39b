package dev.pillid.catalog;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A copy on disk of the catalog the service last loaded from the database, so that it can start
 * and answer searches while the database is away. Written whole to a temporary file, then moved
 * into place, so that a stop half way never leaves a broken copy; the temporary file is deleted
 * when the write fails and, at the latest, when the service stops.
 */
final class CatalogSnapshotFile {

    private static final Logger LOG = Logger.getLogger(CatalogSnapshotFile.class);

    private CatalogSnapshotFile() {
    }

    static void write(ObjectMapper json, Path file, List<PillRecord> records) {
        Path temporary = null;
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            temporary = Files.createTempFile(dir, file.getFileName() + ".", ".tmp");
            // A stop interrupts the write, and a large catalog's copy half written would otherwise
            // stay in the folder for good.
            temporary.toFile().deleteOnExit();
            json.writeValue(temporary.toFile(), records);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("cannot save the catalog to %s: %s", file, e.getMessage());
            deleteQuietly(temporary);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            LOG.warnf("cannot delete %s: %s", temporary, e.getMessage());
        }
    }

    /** The saved catalog, or nothing when there is none or it cannot be read. */
    static List<PillRecord> read(ObjectMapper json, Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return json.readValue(file.toFile(), new TypeReference<List<PillRecord>>() { });
        } catch (IOException | RuntimeException e) {
            LOG.warnf("cannot read the saved catalog %s: %s", file, e.getMessage());
            return List.of();
        }
    }
}
