package dev.pillid.imports;

import dev.pillid.catalog.PillRecord;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything one file yields, gathered before anything is stored: the entries by natural key
 * (a repeated record is merged; a record that contradicts an earlier one with the same key is
 * rejected), and the rejected records with their reasons.
 */
public final class ImportBatch implements ImportSink {

    /** Rejections kept in detail; beyond this they are only counted. */
    public static final int MAX_LISTED_REJECTIONS = 1000;

    public record Rejection(String where, String reason) {
    }

    /** What a job's row keeps of a batch: its counts, and the rejections listed in detail. */
    public record Counts(int read, int duplicates, int rejected, List<Rejection> rejections) {

        static final Counts NONE = new Counts(0, 0, 0, List.of());

        /** The same counts without the rejections' details, for a row the database refuses with them. */
        Counts withoutRejections() {
            return new Counts(read, duplicates, rejected, List.of());
        }
    }

    private final ImageReferences images;
    private final Map<String, PillRecord> entries = new LinkedHashMap<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private int read;
    private int duplicates;
    private int rejected;

    /** @param imageHosts the hosts whose https URLs an image reference may be (besides a plain file name) */
    public ImportBatch(Set<String> imageHosts) {
        this.images = new ImageReferences(imageHosts);
    }

    /**
     * @throws RejectedRecordException when a field is over its limit ({@link FieldLimits}) or an
     *                                 image reference is not allowed ({@link ImageReferences})
     */
    @Override
    public void accept(PillRecord entry) {
        FieldLimits.check(entry);
        entry.images().forEach(images::check);
        read++;
        PillRecord earlier = entries.putIfAbsent(entry.sourceKey(), entry);
        if (earlier == null) {
            return;
        }
        if (earlier.equals(entry)) {
            duplicates++;
        } else {
            reject(entry.sourceKey(), "contradicts an earlier record with the same key " + FieldLimits.echo(entry.sourceKey()));
            read--;
        }
    }

    @Override
    public void reject(String where, String reason) {
        read++;
        rejected++;
        if (rejections.size() < MAX_LISTED_REJECTIONS) {
            rejections.add(new Rejection(Excerpt.of(where, FieldLimits.WHERE), Excerpt.of(reason, FieldLimits.REASON)));
        }
    }

    public Counts counts() {
        return new Counts(read, duplicates, rejected, rejections());
    }

    public Collection<PillRecord> entries() {
        return entries.values();
    }

    public List<Rejection> rejections() {
        return List.copyOf(rejections);
    }

    /** Records read: taken, merged as repeats, and rejected. */
    public int read() {
        return read;
    }

    public int duplicates() {
        return duplicates;
    }

    public int rejected() {
        return rejected;
    }
}
