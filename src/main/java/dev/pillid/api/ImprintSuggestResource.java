package dev.pillid.api;

import dev.pillid.catalog.CatalogService;
import dev.pillid.search.ImprintSuggestion;
import dev.pillid.search.MatchLevel;
import dev.pillid.search.suggest.ImprintSuggestions;
import dev.pillid.search.text.Imprint;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Autocomplete for imprints, for apps that search on every keystroke. */
@Path("/v1/imprints")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pills")
public class ImprintSuggestResource {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 50;

    private final CatalogService catalog;
    private final SearchRateLimit rateLimit;

    ImprintSuggestResource(CatalogService catalog, SearchRateLimit rateLimit) {
        this.catalog = catalog;
        this.rateLimit = rateLimit;
    }

    @Schema(name = "ImprintSuggestions")
    public record Suggestions(
            @Schema(description = "What was typed", example = "pd15") String prefix,
            List<Suggestion> suggestions) {
    }

    @Schema(name = "ImprintSuggestion")
    public record Suggestion(
            @Schema(description = "The imprint as printed, sides separated by spaces", example = "PD 155 10") String imprint,
            @Schema(description = "How many pills carry it", example = "2") int pills,
            @Schema(description = "starts_with: it starts with what was typed; similar: it does when easily confused characters (0/O, 1/I, ...) are read alike",
                    enumeration = {"starts_with", "similar"}) String match) {
    }

    /** Answered on the event loop: a suggestion reads a few sorted keys and costs less than handing it to a worker. */
    @GET
    @Path("/suggest")
    @Operation(summary = "Imprints that start with what was typed",
            description = "Best first: imprints that start with the typed characters (spaces and punctuation ignored, sides in either order "
                    + "for two-sided imprints), most common first; then those that do when easily confused characters are read alike.")
    @APIResponse(responseCode = "200", description = "Suggestions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Suggestions.class)))
    @APIResponse(responseCode = "400", description = "No prefix, a prefix over 64 characters, or a bad limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "This client address has made more searches than its share; wait Retry-After seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> suggest(
            @Parameter(description = "What has been typed so far", example = "pd15", required = true) @QueryParam("prefix") String prefix,
            @Parameter(description = "How many suggestions", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "50", defaultValue = "10"))
            @QueryParam("limit") String limit, @Context HttpServerRequest request) {
        return rateLimit.admit(request).map(admitted -> suggestions(prefix, limit));
    }

    private Response suggestions(String prefix, String limit) {
        if (prefix == null || dev.pillid.search.text.Imprint.compact(prefix).isEmpty()) {
            throw ApiProblem.invalidParameter("Send prefix: the first characters of an imprint, for example /v1/imprints/suggest?prefix=PD1");
        }
        if (prefix.length() > SearchParameters.MAX_IMPRINT) {
            throw ApiProblem.invalidParameter("prefix is " + prefix.length() + " characters long; an imprint has at most "
                    + SearchParameters.MAX_IMPRINT + ".");
        }
        int count = DEFAULT_LIMIT;
        if (limit != null && !limit.isBlank()) {
            try {
                count = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                count = -1;
            }
            if (count < 1 || count > MAX_LIMIT) {
                throw ApiProblem.invalidParameter("limit '" + SearchParameters.shorten(limit) + "' is not accepted; send a whole number from 1 to "
                        + MAX_LIMIT + ".");
            }
        }
        List<Suggestion> suggestions = catalog.suggestImprints(prefix, count).stream().map(ImprintSuggestResource::of).toList();
        // Short caching: suggestions change only when the catalog does.
        return Response.ok(new Suggestions(prefix, suggestions)).header(HttpHeaders.CACHE_CONTROL, "public, max-age=60").build();
    }

    private static Suggestion of(ImprintSuggestion s) {
        return new Suggestion(s.imprint(), s.pills(), s.match() == MatchLevel.SIMILAR ? "similar" : "starts_with");
    }
}
