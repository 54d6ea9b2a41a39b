package dev.pillid.catalog;

import dev.pillid.search.Vocabulary;
import dev.pillid.search.VocabularyTerm;
import dev.pillid.search.color.ColorLexicon;
import dev.pillid.search.color.ColorPhraseReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The FDA SPL colour and shape vocabularies, the words of colour phrases and the DEA schedules,
 * read from the bundled {@code data/vocabularies} (see data/README.md).
 */
public final class Vocabularies {

    static final String COLORS = "data/vocabularies/colors.json";
    static final String SHAPES = "data/vocabularies/shapes.json";
    static final String DEA_SCHEDULES = "data/vocabularies/dea-schedules.json";
    static final String COLOR_WORDS = "data/vocabularies/color-words.json";

    private final Vocabulary colors;
    private final ColorPhraseReader colorPhrases;
    private final Vocabulary shapes;
    /** DEA schedule names (CII) by their NCI code (C48675). */
    private final Map<String, String> deaSchedules;

    private Vocabularies(Vocabulary colors, ColorLexicon colorWords, Vocabulary shapes, Map<String, String> deaSchedules) {
        this.colors = colors;
        this.colorPhrases = new ColorPhraseReader(colors, colorWords);
        this.shapes = shapes;
        this.deaSchedules = Map.copyOf(deaSchedules);
    }

    public static Vocabularies bundled(ObjectMapper json) {
        return new Vocabularies(
                new Vocabulary("color", terms(read(json, COLORS).path("colors"))),
                colorWords(read(json, COLOR_WORDS)),
                new Vocabulary("shape", terms(read(json, SHAPES).path("shapes"))),
                deaSchedules(read(json, DEA_SCHEDULES).path("schedules")));
    }

    public Vocabulary colors() {
        return colors;
    }

    /** What reads colour phrases ("light peach", "blue and white") into the SPL colours. */
    public ColorPhraseReader colorPhrases() {
        return colorPhrases;
    }

    public Vocabulary shapes() {
        return shapes;
    }

    /** The schedule (CI to CV) that an NCI code or a schedule name stands for, in any case. */
    public Optional<String> deaSchedule(String codeOrName) {
        String upper = codeOrName.trim().toUpperCase(Locale.ROOT);
        if (deaSchedules.containsKey(upper)) {
            return Optional.of(deaSchedules.get(upper));
        }
        return deaSchedules.containsValue(upper) ? Optional.of(upper) : Optional.empty();
    }

    private static Map<String, String> deaSchedules(JsonNode array) {
        Map<String, String> byCode = new HashMap<>();
        array.forEach(node -> byCode.put(node.path("code").asText(), node.path("name").asText()));
        return byCode;
    }

    private static List<VocabularyTerm> terms(JsonNode array) {
        List<VocabularyTerm> terms = new ArrayList<>();
        for (JsonNode node : array) {
            List<String> synonyms = new ArrayList<>();
            node.path("synonyms").forEach(s -> synonyms.add(s.asText()));
            Map<String, Double> neighbours = new HashMap<>();
            node.path("neighbours").fields().forEachRemaining(e -> neighbours.put(e.getKey(), e.getValue().asDouble()));
            terms.add(new VocabularyTerm(node.path("code").asText(), node.path("name").asText(),
                    node.path("display_name").asText(), node.path("hex").asText(null), synonyms, neighbours));
        }
        return terms;
    }

    /** The colour words: CSS's named colours, then the pill words, which take a name's value when both have it. */
    private static ColorLexicon colorWords(JsonNode file) {
        List<Map.Entry<String, String>> colors = new ArrayList<>();
        file.path("css_named_colors").fields().forEachRemaining(e -> colors.add(Map.entry(e.getKey(), e.getValue().asText())));
        file.path("pill_words").fields().forEachRemaining(e -> colors.add(Map.entry(e.getKey(), e.getValue().asText())));
        List<ColorLexicon.Modifier> modifiers = new ArrayList<>();
        file.path("modifiers").fields().forEachRemaining(e -> modifiers.add(new ColorLexicon.Modifier(e.getKey(),
                e.getValue().path("lightness").asDouble(), e.getValue().path("chroma").asDouble(1), e.getValue().path("reads").asText())));
        Map<String, Double> intensifiers = new LinkedHashMap<>();
        file.path("intensifiers").fields().forEachRemaining(e -> intensifiers.put(e.getKey(), e.getValue().asDouble()));
        JsonNode tinge = file.path("tinge");
        List<String> twoTone = new ArrayList<>();
        file.path("two_tone").forEach(word -> twoTone.add(word.asText()));
        Map<String, List<String>> splExamples = new LinkedHashMap<>();
        file.path("spl_colors").fields().forEachRemaining(e -> {
            List<String> names = new ArrayList<>();
            e.getValue().forEach(name -> names.add(name.asText()));
            splExamples.put(e.getKey(), names);
        });
        return new ColorLexicon(colors, modifiers, intensifiers,
                new ColorLexicon.Tinge(tinge.path("suffix").asText(), tinge.path("weight").asDouble(), tinge.path("chroma").asDouble()),
                twoTone, splExamples);
    }

    static JsonNode read(ObjectMapper json, String resource) {
        try (InputStream in = Vocabularies.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource missing from the classpath: " + resource);
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + resource, e);
        }
    }
}
