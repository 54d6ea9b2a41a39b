package dev.pillid.api;

import dev.pillid.catalog.CatalogService;
import dev.pillid.catalog.PillRecord;
import dev.pillid.catalog.Vocabularies;
import dev.pillid.images.PhotoLinks;
import dev.pillid.search.CriterionMatch;
import dev.pillid.search.SearchQuery;
import dev.pillid.search.VocabularyTerm;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import dev.pillid.search.SearchCost;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

@Path("/v1/pills")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pills", description = "Identify a pill from what can be seen on it")
public class PillResource {

    private final CatalogService catalog;
    private final Vocabularies vocabularies;
    private final PhotoLinks photos;
    private final PillJsonCache pillJson;
    private final SearchLanes lanes;
    private final SearchRateLimit rateLimit;
    /** Searches by outcome; looked up once, not per request (a lookup builds the meter's id and hashes it). */
    private final Counter searchesWith;
    private final Counter searchesWithout;

    PillResource(CatalogService catalog, Vocabularies vocabularies, PhotoLinks photos, MeterRegistry metrics, PillJsonCache pillJson,
                 SearchLanes lanes, SearchRateLimit rateLimit) {
        this.catalog = catalog;
        this.lanes = lanes;
        this.rateLimit = rateLimit;
        this.vocabularies = vocabularies;
        this.photos = photos;
        this.pillJson = pillJson;
        this.searchesWith = metrics.counter("pillid.searches", "outcome", "candidates");
        this.searchesWithout = metrics.counter("pillid.searches", "outcome", "no_candidate");
    }

    /** Read and checked on the event loop, which is cheap; answered off it ({@link SearchLanes}). */
    @GET
    @Path("/search")
    @Operation(summary = "Candidates for a described pill",
            description = "Give what you can see: the imprint (one side or both, any case, spaces and punctuation ignored), "
                    + "colours, shape, size, score, or a name. Colour, shape, size and score rank candidates; they never hide one. "
                    + "Each result says, for every criterion, whether and how it matched.")
    @APIResponse(responseCode = "200", description = "Candidates, best first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SearchResponse.class)))
    @APIResponse(responseCode = "400", description = "No criterion, or a value the service cannot use",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown shape", value = """
                            {"type":"urn:pillid:problem:invalid-parameter","title":"Invalid parameter","status":400,\
                            "detail":"Unknown shape 'blob'. Send one of the SPL shapes (BULLET, CAPSULE, ...) or a common word for one (GET /v1/shapes lists them with their synonyms).",\
                            "instance":"/v1/pills/search?shape=blob","valid_values":["BULLET","CAPSULE","..."]}""")))
    @APIResponse(responseCode = "429", description = "This client address has made more searches than its share; wait Retry-After seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Too many broad searches (the look alone, or '?' in the imprint) are waiting; retry after Retry-After seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<SearchResponse> search(
            @Parameter(description = "Characters printed on the pill, one side or both, in any order; at most 64 characters",
                    example = "PD 155") @QueryParam("imprint") String imprint,
            @Parameter(description = "Colour: an SPL name (WHITE), a common word (off-white, peach), or a description: light peach, "
                    + "bluish green, dark blue-green, blue and white (docs/api.md, Colour phrases). Repeat it, or separate with commas, "
                    + "for a two-tone pill; at most 100 characters each",
                    example = "light peach", schema = @Schema(type = SchemaType.ARRAY, implementation = String.class)) @QueryParam("color") List<String> color,
            @Parameter(description = "Shape: an SPL name (OVAL) or a common word (oblong, elliptical, circle)", example = "oval") @QueryParam("shape") String shape,
            @Parameter(description = "Longest side in millimetres", example = "10", schema = @Schema(type = SchemaType.NUMBER, minimum = "0", maximum = "50")) @QueryParam("size_mm") String sizeMm,
            @Parameter(description = "1 for unscored, else the number of pieces the score lines make", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "4")) @QueryParam("score") String score,
            @Parameter(description = "Brand or active ingredient name, or its start; misspellings are tolerated", example = "lipitor") @QueryParam("name") String name,
            @Parameter(description = "A product or package NDC, with or without hyphens", example = "0071-0155-23") @QueryParam("ndc") String ndc,
            @Parameter(description = "true (default): one result per drug, strength and appearance, listing its NDCs and labelers; false: one per pill",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true")) @QueryParam("group") String group,
            @Parameter(description = "Page size", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "How many candidates to skip", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("offset") String offset,
            @Context UriInfo uri, @Context HttpServerRequest request) {
        return rateLimit.admit(request).chain(() -> {
            SearchParameters.Parsed parsed = SearchParameters.parse(imprint, color, shape, sizeMm, score, name, ndc, group, limit,
                    offset, vocabularies.colorPhrases(), vocabularies.shapes());
            SearchCost.refusal(parsed.query()).ifPresent(reason -> {
                throw ApiProblem.invalidParameter(reason);
            });
            Supplier<URI> base = PhotoLinks.baseOf(uri);
            return lanes.run(SearchCost.broad(parsed.query()), () -> {
                SearchResponse answer = answer(parsed, base);
                (answer.total() == 0 ? searchesWithout : searchesWith).increment();
                return answer;
            });
        });
    }

    /** The answer to a search, as the endpoint gives it; photo URLs start with {@code base}. */
    SearchResponse answer(SearchParameters.Parsed parsed, Supplier<URI> base) {
        SearchQuery query = parsed.query();
        CatalogService.Candidates candidates = catalog.search(query, parsed.limit(), parsed.offset(), parsed.grouped());
        List<SearchResponse.Result> results = new ArrayList<>(candidates.page().size());
        int rank = parsed.offset();
        for (CatalogService.Candidate candidate : candidates.page()) {
            results.add(new SearchResponse.Result(++rank, SearchResponse.round(candidate.relevance()),
                    lower(candidate.confidence().name()),
                    pillJson.of(candidate.pill(), photos.photos(candidate.pill(), base)),
                    matches(candidate), product(candidate)));
        }
        String compactImprint = query.compactImprint();
        SearchResponse.UnderstoodQuery understood = new SearchResponse.UnderstoodQuery(query.imprint(),
                compactImprint.isEmpty() ? null : compactImprint,
                query.colors().stream().map(VocabularyTerm::name).toList(),
                query.shape() == null ? null : query.shape().name(), query.sizeMm(), query.score(), query.name(), query.ndc(),
                parsed.grouped(), SearchResponse.ColorWords.of(parsed.colors()));
        return new SearchResponse(understood, candidates.total(), parsed.limit(), parsed.offset(),
                results.isEmpty() ? null : results.get(0).confidence(), results);
    }

    private static List<SearchResponse.Match> matches(CatalogService.Candidate candidate) {
        List<SearchResponse.Match> matches = new ArrayList<>(candidate.matches().size());
        for (CriterionMatch match : candidate.matches()) {
            matches.add(SearchResponse.Match.of(match));
        }
        return matches;
    }

    private static SearchResponse.Product product(CatalogService.Candidate candidate) {
        List<PillRecord> pills = new ArrayList<>(1 + candidate.sameProduct().size());
        pills.add(candidate.pill());
        pills.addAll(candidate.sameProduct());
        List<Long> ids = new ArrayList<>(pills.size());
        Set<String> ndcs = new LinkedHashSet<>();
        Set<String> labelers = new LinkedHashSet<>();
        for (PillRecord pill : pills) {
            ids.add(pill.id());
            String ndc = pill.ndc11() != null ? pill.ndc11() : pill.ndc9();
            if (ndc != null) {
                ndcs.add(ndc);
            }
            if (pill.labeler() != null) {
                labelers.add(pill.labeler());
            }
        }
        return new SearchResponse.Product(pills.size(), ids, List.copyOf(ndcs),
                List.copyOf(labelers));
    }

    private static String lower(String value) {
        return value.toLowerCase(java.util.Locale.ROOT);
    }

    @GET
    @NonBlocking
    @Path("/{id}")
    @Operation(summary = "One pill, with every attribute and photo")
    @APIResponse(responseCode = "200", description = "The pill",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PillDto.class)))
    @APIResponse(responseCode = "404", description = "No pill has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PillDto pill(
            @Parameter(in = ParameterIn.PATH, description = "The pill's id, as given in search results", example = "1") @PathParam("id") String id,
            @Context UriInfo uri) {
        return parseId(id).flatMap(catalog::findById).map(pill -> pill(pill, uri))
                .orElseThrow(() -> ApiProblem.notFound("No pill has id " + (id.length() > 40 ? id.substring(0, 40) + "…" : id)
                        + ". Ids come from /v1/pills/search results."));
    }

    private PillDto pill(PillRecord pill, UriInfo uri) {
        return PillDto.of(pill, photos.photos(pill, PhotoLinks.baseOf(uri)), true);
    }

    private static java.util.Optional<Long> parseId(String id) {
        try {
            return java.util.Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
