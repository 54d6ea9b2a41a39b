package dev.pillid.imports;

import dev.pillid.catalog.PillRecord;
import dev.pillid.testing.Fixtures;
import dev.pillid.testing.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The fixtures are what src/test/scripts/make-fixtures makes from ../shared/data, and the readers
 * take from them exactly what they take from the records they came from. Skipped when
 * ../shared/data is absent.
 */
class FixtureSourcesTest {

    @Test
    void theScriptRemakesTheCommittedFixturesByteForByte() throws Exception {
        SharedData.require("rximage-metadata");
        SharedData.require("spl-xml");
        SharedData.require("pillbox-samples");
        Path out = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "fixtures-remade-");
        ProcessBuilder command = new ProcessBuilder("python3", "src/test/scripts/make-fixtures",
                SharedData.ROOT.toString(), out.toString()).redirectErrorStream(true);
        Process process;
        try {
            process = command.start();
        } catch (IOException e) {
            Assumptions.abort("skipped: python3 is not installed, and the script needs it: " + e.getMessage());
            return;
        }
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), output);

        List<Path> made = files(out);
        List<Path> committed = files(Fixtures.ROOT).stream().filter(f -> !f.getFileName().toString().equals("SOURCE.md")).toList();
        assertFalse(made.isEmpty(), output);
        assertEquals(committed, made, "the fixture files the script makes");
        for (Path file : made) {
            assertArrayEquals(Files.readAllBytes(out.resolve(file)), Files.readAllBytes(Fixtures.ROOT.resolve(file)),
                    file + " differs from what the script makes: rerun src/test/scripts/make-fixtures");
        }
    }

    @Test
    void theCutDownLabelsReadAsTheirOriginals() throws IOException {
        List<Path> labels = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(Fixtures.SPL, "*.xml")) {
            dir.forEach(labels::add);
        }
        assertFalse(labels.isEmpty());
        for (Path label : labels) {
            Path original = SharedData.require("spl-xml/" + label.getFileName());
            ImportBatch cut = Readers.read(SplReaderTest.READER, label);
            ImportBatch whole = Readers.read(SplReaderTest.READER, original);
            assertEquals(List.copyOf(whole.entries()), List.copyOf(cut.entries()), label + " gives the products of " + original);
            assertEquals(whole.rejections(), cut.rejections(), label + " rejects what " + original + " rejects");
        }
    }

    @Test
    void theRxImageRowsReadAsInTheWholeFile() throws IOException {
        ImportBatch whole = Readers.read(RxImageReaderTest.READER,
                SharedData.require("rximage-metadata/pill_color_imprint_dataset.csv"));
        Map<String, PillRecord> byKey = whole.entries().stream()
                .collect(Collectors.toMap(PillRecord::sourceKey, Function.identity()));
        ImportBatch rows = Readers.read(RxImageReaderTest.READER, Fixtures.RXIMAGE);
        assertFalse(rows.entries().isEmpty());
        for (PillRecord entry : rows.entries()) {
            assertEquals(byKey.get(entry.sourceKey()), entry, entry.sourceKey());
        }
    }

    @Test
    void thePillboxRowsReadAsTheReleaseRows() throws IOException {
        ImportBatch release = Readers.read(PillboxReaderTest.READER, SharedData.require("pillbox-samples/Five_Entry_Pill.txt"));
        ImportBatch rows = Readers.read(PillboxReaderTest.READER, Fixtures.PILLBOX);
        assertEquals(List.copyOf(release.entries()), List.copyOf(rows.entries()));
        assertEquals(release.rejections(), rows.rejections());
    }

    /** The regular files under a folder, relative to it, in order. */
    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
