package dev.pillid.bench;

import dev.pillid.catalog.PillRecord;
import dev.pillid.quality.SearchQualityHarness;
import dev.pillid.search.PillDocument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A synthetic catalog of any size for benchmarks, generated from the real one so that it has the
 * real catalog's shape: products are drawn from the real products, each keeping its drug, name,
 * strength, colours, shape, size and score and its number of pills (relabelers), with a new
 * imprint of the same pattern (digits replaced by random digits; runs of letters, such as the
 * company codes TEVA or M, kept in 6 of 10 products and otherwise replaced by random letters). Each
 * pill gets an NDC of its own in the labeler range 90000 and up. Every record says it is synthetic:
 * source "synthetic", and a citation naming the real pill it was patterned on. Not real pills,
 * never shipped, never imported outside a benchmark database.
 */
public final class SyntheticCatalog {

    static final String SOURCE = "synthetic";
    private static final double KEEP_LETTERS = 0.6;

    private SyntheticCatalog() {
    }

    /** {@code size} synthetic pills patterned on the real entries; the same for the same seed. */
    public static List<PillRecord> generate(List<PillRecord> real, int size, long seed) {
        List<List<PillRecord>> products = products(real);
        Random random = new Random(seed);
        List<PillRecord> pills = new ArrayList<>(size);
        while (pills.size() < size) {
            List<PillRecord> product = products.get(random.nextInt(products.size()));
            String imprint = newImprint(product.get(0).imprint(), random);
            for (PillRecord template : product) {
                if (pills.size() == size) {
                    break;
                }
                pills.add(copy(template, imprint, pills.size()));
            }
        }
        return pills;
    }

    /** The real entries grouped by product: the same drug, strength and appearance. */
    static List<List<PillRecord>> products(List<PillRecord> real) {
        Map<String, List<PillRecord>> byAppearance = new LinkedHashMap<>();
        List<PillDocument> documents = SearchQualityHarness.documents(real);
        for (int i = 0; i < real.size(); i++) {
            byAppearance.computeIfAbsent(documents.get(i).appearance(), k -> new ArrayList<>()).add(real.get(i));
        }
        return new ArrayList<>(byAppearance.values());
    }

    /** The imprint's pattern with new characters: digits always, letter runs sometimes. */
    static String newImprint(String imprint, Random random) {
        if (imprint == null) {
            return null;
        }
        boolean keepLetters = random.nextDouble() < KEEP_LETTERS;
        StringBuilder out = new StringBuilder(imprint.length());
        for (int i = 0; i < imprint.length(); i++) {
            char c = imprint.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append((char) ('0' + random.nextInt(10)));
            } else if (Character.isLetter(c) && !keepLetters) {
                char letter = (char) ('A' + random.nextInt(26));
                out.append(Character.isLowerCase(c) ? Character.toLowerCase(letter) : letter);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static PillRecord copy(PillRecord t, String imprint, int n) {
        String ndc11 = String.format(Locale.ROOT, "%05d-%04d-%02d", 90000 + n / 100_000, n / 10 % 10_000, n % 10);
        return new PillRecord(SOURCE, "S" + n,
                "synthetic pill " + n + " for benchmarks, patterned on " + t.source() + " " + t.sourceKey() + "; not a real product",
                t.medicineName(), t.strength(), t.activeIngredients(), t.dosageForm(), t.labeler(), t.rxOtc(), t.deaSchedule(),
                ndc11.substring(0, 10), ndc11, t.partNumber(), null, t.rxcui(), imprint, t.colors(), t.shape(), t.sizeMm(),
                t.score(), List.of());
    }
}
