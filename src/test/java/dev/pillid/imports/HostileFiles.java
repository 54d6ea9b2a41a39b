package dev.pillid.imports;

import dev.pillid.testing.Fixtures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files made to hurt an importer, built by the tests themselves (never committed). */
final class HostileFiles {

    private HostileFiles() {
    }

    /** A zip of these entries, in order. */
    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
            }
        }
        return bytes.toByteArray();
    }

    /** A zip written to a file, whose one entry is {@code pattern} repeated until it is {@code size} bytes. */
    static Path bomb(Path file, String entryName, String pattern, long size) throws IOException {
        byte[] unit = pattern.repeat((1 << 20) / pattern.length()).getBytes(StandardCharsets.US_ASCII);
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entryName));
            for (long written = 0; written < size; written += unit.length) {
                zip.write(unit, 0, (int) Math.min(unit.length, size - written));
            }
        }
        return file;
    }

    /** The real Bonine label (one product), its product's name nested {@code depth} elements deep. */
    static byte[] labelNested(int depth) throws IOException {
        String label = Files.readString(Fixtures.SPL.resolve("example.xml"));
        int product = label.indexOf("<manufacturedProduct>");
        int name = label.indexOf("<name>", product) + "<name>".length();
        return (label.substring(0, name) + "<b>".repeat(depth) + "</b>".repeat(depth) + label.substring(name))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The real Lipitor label with its product data section's products (four) repeated, {@code times} over. */
    static byte[] lipitorRepeated(int times) throws IOException {
        String label = new String(lipitor(), StandardCharsets.UTF_8);
        int first = label.indexOf("<subject>");
        int end = label.lastIndexOf("</subject>") + "</subject>".length();
        String products = label.substring(first, end);
        StringBuilder repeated = new StringBuilder(label.length() + products.length() * times);
        repeated.append(label, 0, first);
        for (int i = 0; i < times; i++) {
            repeated.append(products);
        }
        return repeated.append(label.substring(end)).toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The real Bonine label (one product) with this inserted just after its product's name begins. */
    static byte[] bonineWithinItsName(String inserted) throws IOException {
        String label = Files.readString(Fixtures.SPL.resolve("example.xml"));
        int product = label.indexOf("<manufacturedProduct>");
        int name = label.indexOf("<name>", product) + "<name>".length();
        return (label.substring(0, name) + inserted + label.substring(name)).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] lipitor() throws IOException {
        return Files.readAllBytes(Fixtures.SPL.resolve("lipitor-orig.xml"));
    }
}
