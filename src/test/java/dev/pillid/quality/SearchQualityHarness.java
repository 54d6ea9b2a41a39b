package dev.pillid.quality;

import dev.pillid.catalog.PillRecord;
import dev.pillid.catalog.Vocabularies;
import dev.pillid.imports.CatalogReaders;
import dev.pillid.imports.ImportBatch;
import dev.pillid.imports.ImportFormat;
import dev.pillid.imports.ImportLimits;
import dev.pillid.search.Hit;
import dev.pillid.search.PillDocument;
import dev.pillid.search.SearchIndex;
import dev.pillid.search.SearchQuery;
import dev.pillid.search.VocabularyTerm;
import dev.pillid.search.text.Confusables;
import dev.pillid.search.text.Imprint;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The search-quality evaluation: from a real catalog (the NLM RxImage pills, with the SPL labels'
 * pills for sizes) it makes queries of each kind the way people get descriptions wrong, runs them
 * through the search as the API does, and measures how often a pill of the right drug and strength
 * is first, in the first 5, in the first 10, and the mean reciprocal rank. docs/search-quality.md
 * says how each kind of query is made.
 */
public final class SearchQualityHarness {

    public enum Kind {
        EXACT("exact imprint"),
        NO_SPACES("spaces and punctuation removed"),
        SWAPPED_SIDES("sides swapped"),
        ONE_SIDE("one side only (side shared by at most 10 drugs)"),
        CONFUSABLE("one confusable character"),
        RANDOM_SUBSTITUTION("one random substitution"),
        NEIGHBOUR_COLOUR("imprint + colour given as a neighbour"),
        SYNONYM_SHAPE("imprint + shape given as a synonym"),
        SIZE_OFF("imprint + size off by 1 mm"),
        WRONG_COLOUR("right imprint, wrong colour");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    record Measure(int queries, int top1, int top5, int top10, double reciprocalRanks) {
        double rate(int hits) {
            return queries == 0 ? Double.NaN : (double) hits / queries;
        }

        double mrr() {
            return queries == 0 ? Double.NaN : reciprocalRanks / queries;
        }
    }

    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    final List<PillDocument> pills;
    final SearchIndex index;
    final Vocabularies vocabularies;
    private final Map<String, Set<String>> drugsBySide = new HashMap<>();
    private final Map<String, Set<String>> drugsByImprint = new HashMap<>();

    /** The harness over any catalog, such as a synthetic one for benchmarks. */
    public static SearchQualityHarness of(List<PillDocument> pills, Vocabularies vocabularies) {
        return new SearchQualityHarness(pills, vocabularies);
    }

    public SearchIndex index() {
        return index;
    }

    public List<PillDocument> pills() {
        return pills;
    }

    private SearchQualityHarness(List<PillDocument> pills, Vocabularies vocabularies) {
        this.pills = pills;
        this.index = new SearchIndex(pills);
        this.vocabularies = vocabularies;
        for (PillDocument pill : pills) {
            drugsByImprint.computeIfAbsent(imprintKey(pill), k -> new HashSet<>()).add(pill.drug());
            for (String side : new HashSet<>(pill.imprintSides())) {
                drugsBySide.computeIfAbsent(side, s -> new HashSet<>()).add(pill.drug());
            }
        }
    }

    /** Where SPL photos are, as the service's defaults say (pillid.imports.spl-image-url). */
    private static final String DAILYMED_IMAGES = "https://dailymed.nlm.nih.gov/dailymed/image.cfm?setid={setid}&name={file}";
    /** The shared data's files are public releases read as the service's default limits would. */
    private static final ImportLimits TRUSTED_FILES = new ImportLimits(64L << 20, 512L << 20, 1000, 256, 1_000_000);

    /** The catalog of the evaluation: every RxImage pill and every SPL label pill in the shared data. */
    public static SearchQualityHarness load(Path sharedData) throws IOException {
        return new SearchQualityHarness(documents(realEntries(sharedData)), Vocabularies.bundled(new ObjectMapper()));
    }

    /** The real catalog as the importers read it: every RxImage pill and every SPL label pill in the shared data. */
    public static List<PillRecord> realEntries(Path sharedData) throws IOException {
        Vocabularies vocabularies = Vocabularies.bundled(new ObjectMapper());
        ImportBatch batch = new ImportBatch(Set.of("dailymed.nlm.nih.gov"));
        try (InputStream in = Files.newInputStream(sharedData.resolve("rximage-metadata/pill_color_imprint_dataset.csv"))) {
            CatalogReaders.of(ImportFormat.RXIMAGE, vocabularies, DAILYMED_IMAGES, TRUSTED_FILES).read(in, "rximage.csv", batch);
        }
        try (DirectoryStream<Path> labels = Files.newDirectoryStream(sharedData.resolve("spl-xml"), "*.xml")) {
            for (Path label : labels) {
                try (InputStream in = Files.newInputStream(label)) {
                    CatalogReaders.of(ImportFormat.SPL, vocabularies, DAILYMED_IMAGES, TRUSTED_FILES).read(in, label.getFileName().toString(), batch);
                }
            }
        }
        return new ArrayList<>(batch.entries());
    }

    /** What search knows of each entry, with ids from 1 in order, as the catalog would give them. */
    public static List<PillDocument> documents(List<PillRecord> entries) {
        List<PillDocument> pills = new ArrayList<>(entries.size());
        long id = 0;
        for (PillRecord e : entries) {
            pills.add(PillDocument.of(++id, e.imprint(), e.medicineName(), e.activeIngredients(), e.strength(), e.ndc9(),
                    e.ndc11(), e.colors(), e.shape(), e.sizeMm(), e.score()));
        }
        return pills;
    }

    /** Measures every kind over a sample of at most {@code perKind} pills per kind (all when 0), the same for the same seed. */
    Map<Kind, Measure> evaluate(long seed, int perKind) {
        Map<Kind, Measure> measures = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            int queries = 0;
            int top1 = 0;
            int top5 = 0;
            int top10 = 0;
            double reciprocal = 0;
            for (Map.Entry<PillDocument, SearchQuery> asked : queries(kind, seed, perKind).entrySet()) {
                queries++;
                int rank = rankOfRightDrug(asked.getValue(), asked.getKey());
                if (rank == 1) {
                    top1++;
                }
                if (rank >= 1 && rank <= 5) {
                    top5++;
                }
                if (rank >= 1 && rank <= 10) {
                    top10++;
                    reciprocal += 1.0 / rank;
                }
            }
            measures.put(kind, new Measure(queries, top1, top5, top10, reciprocal));
        }
        return measures;
    }

    /**
     * Queries of one kind, each with the pill it describes, for at most {@code count} pills (all
     * that can give one when 0) in a random order: the same for the same seed.
     */
    public Map<PillDocument, SearchQuery> queries(Kind kind, long seed, int count) {
        Random random = new Random(seed + kind.ordinal());
        List<PillDocument> order = new ArrayList<>(pills);
        Collections.shuffle(order, random);
        Map<PillDocument, SearchQuery> queries = new LinkedHashMap<>();
        for (PillDocument target : order) {
            if (count > 0 && queries.size() >= count) {
                break;
            }
            SearchQuery query = query(kind, target, random);
            if (query != null) {
                queries.put(target, query);
            }
        }
        return queries;
    }

    /** The rank (1-based) of the first result whose product includes a pill of the target's drug and strength, or 0. */
    int rankOfRightDrug(SearchQuery query, PillDocument target) {
        List<Hit> page = index.search(query, 10, 0).page();
        for (int i = 0; i < page.size(); i++) {
            Hit hit = page.get(i);
            if (hit.best().pill().drug().equals(target.drug())
                    || hit.sameProduct().stream().anyMatch(p -> p.drug().equals(target.drug()))) {
                return i + 1;
            }
        }
        return 0;
    }

    /** A query of the kind for the target pill, or null when the pill cannot give one (no imprint, one side only, ...). */
    SearchQuery query(Kind kind, PillDocument target, Random random) {
        List<String> sides = printedSides(target);
        if (sides.isEmpty()) {
            return null;
        }
        String spaced = String.join(" ", sides);
        return switch (kind) {
            case EXACT -> imprint(spaced);
            case NO_SPACES -> imprint(Imprint.compact(spaced).toLowerCase(Locale.ROOT));
            case SWAPPED_SIDES -> {
                if (new HashSet<>(target.imprintSides()).size() < 2) {
                    yield null;
                }
                List<String> reversed = new ArrayList<>(sides);
                Collections.reverse(reversed);
                yield imprint(String.join(" ", reversed));
            }
            case ONE_SIDE -> {
                if (target.imprintSides().size() < 2) {
                    yield null;
                }
                List<String> candidates = target.imprintSides().stream()
                        .filter(side -> drugsBySide.get(side).size() <= 10 && side.length() >= 2).toList();
                yield candidates.isEmpty() ? null : imprint(candidates.get(random.nextInt(candidates.size())));
            }
            case CONFUSABLE -> mutate(spaced, random, (c, r) -> {
                String partners = Confusables.BUNDLED.partnersOf(c);
                return partners.isEmpty() ? null : partners.charAt(r.nextInt(partners.length()));
            });
            case RANDOM_SUBSTITUTION -> Imprint.compact(spaced).length() < 3 ? null : mutate(spaced, random, (c, r) -> {
                char other;
                do {
                    other = ALPHANUMERIC.charAt(r.nextInt(ALPHANUMERIC.length()));
                } while (other == c);
                return other;
            });
            case NEIGHBOUR_COLOUR -> {
                VocabularyTerm colour = target.colors().isEmpty() ? null : vocabularies.colors().resolve(target.colors().get(0)).orElse(null);
                String neighbour = colour == null ? null : closest(colour.neighbours(), random);
                yield neighbour == null ? null : new SearchQuery(spaced, List.of(vocabularies.colors().resolve(neighbour).orElseThrow()),
                        null, null, null, null);
            }
            case SYNONYM_SHAPE -> {
                VocabularyTerm shape = target.shape() == null ? null : vocabularies.shapes().resolve(target.shape()).orElse(null);
                if (shape == null || shape.synonyms().isEmpty()) {
                    yield null;
                }
                String word = shape.synonyms().get(random.nextInt(shape.synonyms().size()));
                yield new SearchQuery(spaced, List.of(), vocabularies.shapes().resolve(word).orElseThrow(), null, null, null);
            }
            case SIZE_OFF -> target.sizeMm() == null ? null
                    : new SearchQuery(spaced, List.of(), null, target.sizeMm() + (random.nextBoolean() ? 1 : -1), null, null);
            case WRONG_COLOUR -> {
                if (target.colors().isEmpty()) {
                    yield null;
                }
                VocabularyTerm colour = vocabularies.colors().resolve(target.colors().get(0)).orElseThrow();
                List<VocabularyTerm> unlike = vocabularies.colors().terms().stream()
                        .filter(t -> !target.colors().contains(t.name()) && colour.similarity(t.name()) == 0).toList();
                yield new SearchQuery(spaced, List.of(unlike.get(random.nextInt(unlike.size()))), null, null, null, null);
            }
        };
    }

    private static String imprintKey(PillDocument pill) {
        return String.join(";", new java.util.TreeSet<>(pill.imprintSides()));
    }

    /**
     * The best top-1 any ranking could reach on exact imprints: when k drugs carry exactly the same
     * imprint, an imprint alone cannot tell them apart, and at most the most common of them is first.
     */
    double exactCeiling() {
        Map<String, Map<String, Integer>> pillsByImprintAndDrug = new HashMap<>();
        int queries = 0;
        for (PillDocument pill : pills) {
            if (pill.imprintSides().isEmpty()) {
                continue;
            }
            queries++;
            pillsByImprintAndDrug.computeIfAbsent(imprintKey(pill), k -> new HashMap<>()).merge(pill.drug(), 1, Integer::sum);
        }
        int best = 0;
        for (Map<String, Integer> drugs : pillsByImprintAndDrug.values()) {
            best += drugs.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        }
        return (double) best / queries;
    }

    /** The sides as printed (trimmed), for queries as people type them. */
    private static List<String> printedSides(PillDocument pill) {
        List<String> sides = new ArrayList<>();
        if (pill.printedImprint() != null) {
            for (String side : pill.printedImprint().split(";")) {
                if (!side.isBlank()) {
                    sides.add(side.trim());
                }
            }
        }
        return sides;
    }

    /** The most similar neighbours are the ones people name instead; one of them at random. */
    private static String closest(Map<String, Double> neighbours, Random random) {
        double best = neighbours.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        if (best < 0.5) {
            return null;
        }
        List<String> names = neighbours.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).sorted().toList();
        return names.get(random.nextInt(names.size()));
    }

    /** The imprint with one character replaced, chosen at random among those the replacement applies to. */
    private static SearchQuery mutate(String imprint, Random random, BiFunction<Character, Random, Character> replacement) {
        char[] chars = imprint.toUpperCase(Locale.ROOT).toCharArray();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < chars.length; i++) {
            if (Character.isLetterOrDigit(chars[i]) && replacement.apply(chars[i], new Random(0)) != null) {
                positions.add(i);
            }
        }
        if (positions.isEmpty()) {
            return null;
        }
        int at = positions.get(random.nextInt(positions.size()));
        chars[at] = replacement.apply(chars[at], random);
        return imprint(new String(chars));
    }

    private static SearchQuery imprint(String text) {
        return new SearchQuery(text, List.of(), null, null, null, null);
    }

    /** The table of docs/search-quality.md. */
    static String table(Map<Kind, Measure> measures) {
        StringBuilder out = new StringBuilder();
        out.append("| kind | queries | top-1 | top-5 | top-10 | MRR |\n|---|---|---|---|---|---|\n");
        Map<Kind, Measure> ordered = new LinkedHashMap<>(measures);
        ordered.forEach((kind, m) -> out.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f |%n",
                kind.label, m.queries(), m.rate(m.top1()), m.rate(m.top5()), m.rate(m.top10()), m.mrr())));
        return out.toString();
    }
}
