package dev.pillid.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The source formats the service imports. */
public enum ImportFormat {
    PILLBOX, SPL, RXIMAGE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ImportFormat> of(String id) {
        return Arrays.stream(values()).filter(f -> f.id().equalsIgnoreCase(id == null ? "" : id.trim())).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(ImportFormat::id).toList();
    }

    /** Tells a file's format from its first bytes: a zip or XML is SPL; a header names RxImage's or Pillbox's columns. */
    public static Optional<ImportFormat> detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(1 << 14);
        }
        if (head.length >= 2 && head[0] == 'P' && head[1] == 'K') {
            return Optional.of(SPL);
        }
        String text = new String(head, StandardCharsets.ISO_8859_1).stripLeading();
        if (text.startsWith("<")) {
            return Optional.of(SPL);
        }
        int end = text.indexOf('\n');
        String header = (end < 0 ? text : text.substring(0, end)).toLowerCase(Locale.ROOT);
        if (header.contains("image_filename") && header.contains("pill_name")) {
            return Optional.of(RXIMAGE);
        }
        if (header.contains("splimprint") && header.contains("setid")) {
            return Optional.of(PILLBOX);
        }
        return Optional.empty();
    }
}
