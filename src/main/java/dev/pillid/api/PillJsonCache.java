package dev.pillid.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pillid.catalog.PillRecord;
import dev.pillid.config.PillIdConfig;
import dev.pillid.images.PhotoLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The JSON of the pills search answers have shown, so that a pill shown again is not serialised
 * again: writing JSON is much of a loaded service's work. What is kept is every field of
 * {@link PillDto} but the last two, the photos, which depend on the request's address and on the
 * photo files there are now and are written per answer. A kept pill is used only for the very
 * record it was made from: the catalog's records are replaced whole when it changes, so a changed
 * pill is serialised anew. At most {@code pillid.answers.kept-pill-json-mb} is kept; when full,
 * everything is dropped and kept again as it is shown.
 */
@ApplicationScoped
public class PillJsonCache {

    /** How a pill's JSON ends when it has no photo: the kept part is what comes before the first empty list. */
    static final String NO_PHOTOS_END = "\"image_urls\":[],\"photos\":[]}";
    private static final int PHOTOS_VALUES = "[],\"photos\":[]}".length();

    private final ObjectMapper json;
    private final long budget;
    private final ConcurrentHashMap<Long, Kept> kept = new ConcurrentHashMap<>();
    private final AtomicLong keptSize = new AtomicLong();
    /** Set when the mapper does not end a pill as expected: then nothing is kept, and a pill is serialised once, as a DTO. */
    private volatile boolean unusable;

    private record Kept(PillRecord pill, SerializedString fields) {

        long size() {
            // A character of the String and a byte of its UTF-8 form (SerializedString keeps both), and the objects.
            return 2L * fields.getValue().length() + 150;
        }
    }

    @Inject
    PillJsonCache(ObjectMapper json, PillIdConfig config) {
        this(json, config.answers().keptPillJsonMb() * 1024L * 1024L);
    }

    PillJsonCache(ObjectMapper json, long budgetBytes) {
        this.json = json;
        this.budget = budgetBytes;
    }

    /** The pill as a search answer writes it, with these photos. */
    PillJson of(PillRecord pill, List<PhotoLinks.Photo> photos) {
        Kept kept = unusable ? null : this.kept.get(pill.id());
        if (kept == null || kept.pill() != pill) {
            kept = unusable ? null : keep(pill);
            if (kept == null) {
                return PillJson.of(PillDto.of(pill, photos, false));
            }
        }
        return PillJson.kept(kept.fields(), PhotoDto.of(photos, false));
    }

    /** The pill's fields as JSON, kept when there is room; null when the mapper does not end a pill as expected. */
    private Kept keep(PillRecord pill) {
        String whole;
        try {
            whole = json.writeValueAsString(PillDto.of(pill, List.of(), false));
        } catch (JsonProcessingException e) {
            return null;
        }
        if (!whole.endsWith(NO_PHOTOS_END)) {
            unusable = true;
            return null;
        }
        Kept made = new Kept(pill, new SerializedString(whole.substring(0, whole.length() - PHOTOS_VALUES)));
        if (budget <= 0) {
            return made;
        }
        if (keptSize.addAndGet(made.size()) > budget) {
            kept.clear();
            keptSize.set(made.size());
        }
        Kept before = kept.put(pill.id(), made);
        if (before != null) {
            keptSize.addAndGet(-before.size());
        }
        return made;
    }

    /** How many pills are kept (for tests). */
    int size() {
        return kept.size();
    }
}
