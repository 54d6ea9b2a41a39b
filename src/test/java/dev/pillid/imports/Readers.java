package dev.pillid.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pillid.catalog.PillRecord;
import dev.pillid.catalog.Vocabularies;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/** The readers as the service builds them, and a way to run one over a file. */
final class Readers {

    static final CodedValues CODED = new CodedValues(Vocabularies.bundled(new ObjectMapper()));
    static final String SPL_IMAGES = "https://dailymed.nlm.nih.gov/dailymed/image.cfm?setid={setid}&name={file}";
    /** The service's default image hosts and import limits (PillIdConfig.Imports). */
    static final Set<String> IMAGE_HOSTS = Set.of("dailymed.nlm.nih.gov");
    static final ImportLimits LIMITS = new ImportLimits(64L << 20, 512L << 20, 1000, 256, 1_000_000);

    private Readers() {
    }

    static ImportBatch read(CatalogReader reader, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(reader, in, file.getFileName().toString());
        }
    }

    static ImportBatch read(CatalogReader reader, InputStream in, String name) throws IOException {
        ImportBatch batch = new ImportBatch(IMAGE_HOSTS);
        reader.read(in, name, batch);
        return batch;
    }

    static Optional<PillRecord> byImprint(ImportBatch batch, String imprint) {
        return batch.entries().stream().filter(e -> imprint.equals(e.imprint())).findFirst();
    }
}
