package dev.pillid.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Brings one update file into the work folder, whole and checked. Bytes go to {@code <name>.part};
 * a download cut short leaves it there, and the next attempt asks only for the rest (an HTTP Range
 * request, with If-Range on the validator the server gave, so that a file changed meanwhile comes
 * whole). The file is verified (its size against what the server announced, its MD5 against the
 * listing's when published, every zip entry's CRC) before it is renamed to {@code <name>}: a file
 * under its own name is always a verified one.
 */
final class UpdateDownload {

    /** A verified file in the work folder. */
    record Verified(Path file, long size) {
    }

    /** Told how far a download has come. */
    interface Progress {
        void bytes(long done, Long total);
    }

    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes\\s+(\\d+)-(\\d+)/(\\d+|\\*)");

    private final SyncHttp http;
    private final Path dir;
    private final long maxSize;
    private final Duration timeout;
    private final long maxInflated;
    private final int maxEntries;

    UpdateDownload(SyncHttp http, Path dir, long maxSize, Duration timeout, long maxInflated, int maxEntries) {
        this.http = http;
        this.dir = dir;
        this.maxSize = maxSize;
        this.timeout = timeout;
        this.maxInflated = maxInflated;
        this.maxEntries = maxEntries;
    }

    Path verifiedPath(UpdateFile file) {
        return dir.resolve(file.name());
    }

    Path partPath(UpdateFile file) {
        return dir.resolve(file.name() + ".part");
    }

    private Path validatorPath(UpdateFile file) {
        return dir.resolve(file.name() + ".part.validator");
    }

    Verified fetch(UpdateFile file, Progress progress) throws SyncFailure {
        try {
            Files.createDirectories(dir);
            Path done = verifiedPath(file);
            if (Files.exists(done)) {
                try {
                    verify(file, done);
                    return new Verified(done, Files.size(done));
                } catch (SyncFailure e) {
                    // Not what the listing offers now (republished, or damaged on disk): fetched again.
                    Files.delete(done);
                }
            }
            download(file, progress);
            Path part = partPath(file);
            try {
                verify(file, part);
            } catch (SyncFailure e) {
                discard(file);
                throw e;
            }
            Files.move(part, done, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(validatorPath(file));
            return new Verified(done, Files.size(done));
        } catch (IOException e) {
            throw new SyncFailure("cannot write " + file.name() + " in the work folder: " + SyncHttp.describe(e));
        }
    }

    /** Deletes what was downloaded of a file; the next attempt starts from its first byte. */
    void discard(UpdateFile file) throws IOException {
        Files.deleteIfExists(partPath(file));
        Files.deleteIfExists(validatorPath(file));
        Files.deleteIfExists(verifiedPath(file));
    }

    private void download(UpdateFile file, Progress progress) throws SyncFailure, IOException {
        Path part = partPath(file);
        Path validator = validatorPath(file);
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int attempt = 0; ; attempt++) {
            long have = Files.exists(part) ? Files.size(part) : 0;
            Map<String, String> headers = new HashMap<>();
            if (have > 0) {
                headers.put("Range", "bytes=" + have + "-");
                if (Files.exists(validator)) {
                    headers.put("If-Range", Files.readString(validator, StandardCharsets.UTF_8).trim());
                }
            }
            HttpURLConnection c = http.get(file.url(), headers);
            try {
                int status = c.getResponseCode();
                long total;
                boolean append;
                if (status == 416 && have > 0 && attempt == 0) {
                    // The partial file is not a beginning of the file offered now: start over.
                    discard(file);
                    continue;
                } else if (status == 206 && have > 0) {
                    Matcher range = CONTENT_RANGE.matcher(String.valueOf(c.getHeaderField("Content-Range")));
                    if (!range.matches() || Long.parseLong(range.group(1)) != have) {
                        discard(file);
                        throw new SyncFailure(file.name() + ": the server answered a range other than the rest of the partial "
                                + "download; it is deleted and the next run downloads the file afresh");
                    }
                    total = range.group(3).equals("*") ? -1 : Long.parseLong(range.group(3));
                    append = true;
                } else if (status == 200) {
                    total = c.getContentLengthLong();
                    append = false;
                    have = 0;
                    String tag = c.getHeaderField("ETag") != null ? c.getHeaderField("ETag") : c.getHeaderField("Last-Modified");
                    if (tag != null && !tag.isBlank() && tag.length() < 300) {
                        Files.writeString(validator, tag, StandardCharsets.UTF_8);
                    } else {
                        Files.deleteIfExists(validator);
                    }
                } else {
                    throw new SyncFailure(file.name() + ": " + file.url() + " answered HTTP " + status);
                }
                if (total > maxSize) {
                    throw new SyncFailure(file.name() + " is " + total + " bytes, more than pillid.sync.max-file-size (" + maxSize + ")");
                }
                Long announced = total < 0 ? null : total;
                try (InputStream in = c.getInputStream();
                     OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                             append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
                    byte[] buffer = new byte[1 << 16];
                    progress.bytes(have, announced);
                    int n;
                    while (true) {
                        try {
                            n = in.read(buffer);
                        } catch (IOException e) {
                            throw cut(file, have, total, SyncHttp.describe(e));
                        }
                        if (n < 0) {
                            break;
                        }
                        out.write(buffer, 0, n);
                        have += n;
                        if (have > maxSize) {
                            out.close();
                            discard(file);
                            throw new SyncFailure(file.name() + " is longer than pillid.sync.max-file-size (" + maxSize + " bytes)");
                        }
                        if (System.nanoTime() - deadline > 0) {
                            throw cut(file, have, total, "it took longer than pillid.sync.download-timeout (" + timeout + ")");
                        }
                        progress.bytes(have, announced);
                    }
                }
                if (total >= 0 && have != total) {
                    throw cut(file, have, total, "the body ended early");
                }
                return;
            } catch (IOException e) {
                throw cut(file, have, -1, SyncHttp.describe(e));
            } finally {
                c.disconnect();
            }
        }
    }

    private static SyncFailure cut(UpdateFile file, long have, long total, String why) {
        return new SyncFailure(file.name() + ": download cut after " + have + (total >= 0 ? " of " + total : "") + " bytes: " + why
                + "; the partial file is kept and the next run resumes it");
    }

    /** The file's MD5 when the listing published one, and every entry's CRC, within the import limits. */
    private void verify(UpdateFile file, Path path) throws SyncFailure, IOException {
        if (file.md5() != null) {
            String md5 = md5(path);
            if (!md5.equals(file.md5())) {
                throw new SyncFailure(file.name() + ": its MD5 is " + md5 + ", the listing publishes " + file.md5()
                        + "; it is deleted and downloaded afresh by the next run");
            }
        }
        try (ZipFile zip = new ZipFile(path.toFile())) {
            if (zip.size() > maxEntries) {
                throw new SyncFailure(file.name() + " holds " + zip.size() + " entries, more than pillid.imports.max-entries ("
                        + maxEntries + ")");
            }
        } catch (IOException e) {
            throw new SyncFailure(file.name() + " is not a readable zip (" + SyncHttp.describe(e) + "); nothing of it was imported");
        }
        long inflated = 0;
        byte[] buffer = new byte[1 << 16];
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(path))) {
            while (in.getNextEntry() != null) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    inflated += n;
                    if (inflated > maxInflated) {
                        throw new SyncFailure(file.name() + " inflates to more than pillid.imports.max-inflated-size (" + maxInflated
                                + " bytes)");
                    }
                }
            }
        } catch (IOException e) {
            throw new SyncFailure(file.name() + " is not a readable zip (" + SyncHttp.describe(e) + "); nothing of it was imported");
        }
    }

    static String md5(Path path) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(path)) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
