package dev.pillid.api;

import dev.pillid.search.CriterionMatch;
import dev.pillid.search.SearchResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Locale;

@Schema(name = "SearchResponse", description = "Candidates for a described pill, best first, each with why it is there.")
public record SearchResponse(
        @Schema(description = "The query as the service understood it") UnderstoodQuery query,
        @Schema(description = "How many results there are in all (products, or pills when ungrouped)", example = "4") int total,
        @Schema(example = "20") int limit,
        @Schema(example = "0") int offset,
        @Schema(description = "The first result's confidence, null when there is none: anything but high means no confident match",
                enumeration = {"high", "medium", "low"}) String bestConfidence,
        @Schema(description = "One page of results in rank order") List<Result> results) {

    @Schema(name = "UnderstoodQuery", description = "The query after normalisation: imprint compacted, colour and shape words resolved to SPL names.")
    public record UnderstoodQuery(
            @Schema(description = "The imprint as typed", example = "pd 155") String imprint,
            @Schema(description = "What is compared: upper case, spaces and punctuation removed", example = "PD155") String imprintNormalized,
            @Schema(description = "SPL colour names", example = "[\"WHITE\"]") List<String> colors,
            @Schema(description = "SPL shape name", example = "OVAL") String shape,
            Double sizeMm,
            Integer score,
            String name,
            @Schema(description = "The NDC as typed") String ndc,
            @Schema(description = "Whether results are grouped by product") boolean grouped) {
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

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
