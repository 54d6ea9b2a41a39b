package dev.pillid.api;

import dev.pillid.search.CriterionMatch;
import dev.pillid.search.SearchResult;
import dev.pillid.search.VocabularyTerm;
import dev.pillid.search.color.ColorReading;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@Schema(name = "SearchResponse", description = "Candidates for a described pill, best first, each with why it is there.")
public record SearchResponse(
        @Schema(description = "The query as the service understood it") UnderstoodQuery query,
        @Schema(description = "How many results there are in all (products, or pills when ungrouped)", example = "4") int total,
        @Schema(example = "20") int limit,
        @Schema(example = "0") int offset,
        @Schema(description = "The first result's confidence, null when there is none: anything but high means no confident match",
                enumeration = {"high", "medium", "low"}) String bestConfidence,
        @Schema(description = "One page of results in rank order") List<Result> results) {

    @Schema(name = "UnderstoodQuery", description = "The query after normalisation: imprint compacted, colour phrases and shape words read into SPL names.")
    public record UnderstoodQuery(
            @Schema(description = "The imprint as typed", example = "pd 155") String imprint,
            @Schema(description = "What is compared: upper case, spaces and punctuation removed", example = "PD155") String imprintNormalized,
            @Schema(description = "SPL colour names: what each colour of the query is read as", example = "[\"WHITE\"]") List<String> colors,
            @Schema(description = "SPL shape name", example = "OVAL") String shape,
            Double sizeMm,
            Integer score,
            String name,
            @Schema(description = "The NDC as typed") String ndc,
            @Schema(description = "Whether results are grouped by product") boolean grouped,
            @Schema(description = "How the colour words were read; null when no colour was given") ColorWords colorReading) {
    }

    @Schema(name = "ColorWords", description = "The colour parameter as read (docs/api.md, Colour phrases): every word in order, the words set aside, "
            + "and each colour of the query with its closeness to the SPL colours.")
    public record ColorWords(
            List<ColorWord> words,
            @Schema(description = "The words not read; the search went ahead without them", example = "[\"sparkly\"]") List<String> setAside,
            @Schema(description = "The colours of the query, in the order of colors") List<ReadColor> colors) {

        static ColorWords of(ColorReading reading) {
            if (reading == null) {
                return null;
            }
            return new ColorWords(
                    reading.words().stream().map(word -> new ColorWord(word.word(), lower(word.reading().name()), word.detail())).toList(),
                    reading.setAside(),
                    reading.colors().stream().map(color -> new ReadColor(color.phrase(), color.term().name(), color.hex(),
                            closeness(color.term()))).toList());
        }

        /** The SPL colours the term is similar to, most similar first: itself, then its neighbours. */
        private static List<Closeness> closeness(VocabularyTerm term) {
            List<Closeness> closeness = new ArrayList<>();
            closeness.add(new Closeness(term.name(), 1.0));
            term.neighbours().entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                    .forEach(neighbour -> closeness.add(new Closeness(neighbour.getKey(), round(neighbour.getValue()))));
            return closeness;
        }
    }

    @Schema(name = "ColorWord", description = "One word of the colour parameter and how it was read")
    public record ColorWord(
            @Schema(example = "light") String word,
            @Schema(enumeration = {"color", "modifier", "intensifier", "tinge", "two_tone", "set_aside"}, example = "modifier") String readAs,
            @Schema(description = "How, in words", example = "lighter, a little less saturated") String detail) {
    }

    @Schema(name = "ReadColor", description = "One colour of the query: the words it was read from and what it was read as")
    public record ReadColor(
            @Schema(example = "light peach") String phrase,
            @Schema(description = "The SPL colour it is read as: a pill of this colour matches it exactly", example = "ORANGE") String color,
            @Schema(description = "The colour the words describe, RRGGBB; for an SPL colour or a word for one, the SPL colour's display value",
                    example = "FFDCBE") String hex,
            @Schema(description = "The SPL colours it is close to, from 1 down, most similar first; a pill of one of them is a similar match") List<Closeness> closeness) {
    }

    @Schema(name = "ColorCloseness")
    public record Closeness(
            @Schema(example = "PINK") String color,
            @Schema(description = "From 0 to 1", example = "0.72") double similarity) {
    }

    @Schema(name = "SearchResult")
    public record Result(
            @Schema(description = "1 for the best candidate", example = "1") int rank,
            @Schema(description = "How well the pill fits the whole description, from 0 to 1", example = "1.0") double relevance,
            @Schema(description = "high, medium or low (docs/api.md, Confidence, says when)", enumeration = {"high", "medium", "low"}) String confidence,
            @Schema(ref = "Pill", description = "The best-ranked pill of the product") PillJson pill,
            @Schema(description = "For each criterion of the query, whether and how it matched") List<Match> matches,
            @Schema(description = "Everyone selling this drug, strength and appearance: NDCs and labelers of all its pills") Product product) {
    }

    @Schema(name = "Product", description = "The pills of one drug, strength and appearance under their NDCs and labelers")
    public record Product(
            @Schema(description = "How many pills (NDCs and sources) the result stands for", example = "3") int pills,
            @Schema(description = "Their ids, best-ranked first") List<Long> pillIds,
            @Schema(description = "Their package (or product) NDCs") List<String> ndcs,
            @Schema(description = "Their labelers, when known") List<String> labelers) {
    }

    @Schema(name = "Match")
    public record Match(
            @Schema(enumeration = {"imprint", "name", "ndc", "color", "shape", "size", "score"}, example = "imprint") String criterion,
            @Schema(enumeration = {"exact", "partial", "similar", "not_matched"}, example = "exact") String match,
            @Schema(description = "This criterion's score, from 0 to 1", example = "1.0") double score,
            @Schema(description = "Why, in words", example = "imprint PD 155 10 matches exactly") String explanation) {

        static Match of(CriterionMatch match) {
            return new Match(match.criterion().name().toLowerCase(Locale.ROOT), match.level().name().toLowerCase(Locale.ROOT),
                    round(match.score()), match.explanation());
        }
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
