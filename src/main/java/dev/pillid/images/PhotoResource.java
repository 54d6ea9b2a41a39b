package dev.pillid.images;

import dev.pillid.api.ApiProblem;
import dev.pillid.api.Problem;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import dev.pillid.config.PillIdConfig;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Serves pill photos from the configured folder, and their renditions at the widths
 * {@link Renditions#WIDTHS}. Photo file names carry the image's own hash (RxImage) or version, so
 * a photo never changes under its name, and a rendition is named after its photo's content:
 * clients may cache either for a year and revalidate with its ETag.
 */
@Path("/v1/images")
@Tag(name = "Photos")
public class PhotoResource {

    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,200}");
    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png", "gif", "image/gif", "webp", "image/webp");
    private static final String CACHE_FOR_A_YEAR = "public, max-age=31536000, immutable";
    private static final List<String> WIDTH_VALUES = Renditions.WIDTHS.stream().map(String::valueOf).toList();
    private static final long RETRY_AFTER_SECONDS = 1;

    private final PillIdConfig config;
    private final Renditions renditions;
    private final Map<String, EntityTag> tags = new ConcurrentHashMap<>();

    PhotoResource(PillIdConfig config, Renditions renditions) {
        this.config = config;
        this.renditions = renditions;
    }

    @GET
    @Blocking
    @Path("/{file}")
    @Operation(summary = "A pill photo, or a smaller rendition of it",
            description = "The photo file named in a pill's image_urls; with width, a JPEG rendition that wide, made once and kept. "
                    + "A photo no wider than the width asked for is served as it is.")
    @APIResponse(responseCode = "200", description = "The photo",
            content = @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag the client holds")
    @APIResponse(responseCode = "400", description = "A width other than 120, 300 or 600",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such photo",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The photo file cannot be made into a rendition: not an image, truncated, or more pixels than the service decodes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Too many renditions are being made; retry after Retry-After seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> photo(@PathParam("file") String file,
            @Parameter(description = "The width of a rendition in pixels: 120 (list thumbnails), 300 or 600",
                    schema = @Schema(type = SchemaType.INTEGER, enumeration = {"120", "300", "600"})) @QueryParam("width") String width,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, @Context UriInfo uri) {
        // An empty ?width= reads as no parameter at all; it is a width that is none of those allowed.
        String widthGiven = width == null && uri.getQueryParameters().containsKey("width") ? "" : width;
        Integer asked = widthGiven == null ? null : width(widthGiven);
        if (!servable(config, file)) {
            throw ApiProblem.notFound("No photo named " + file + " in this service's photo folder.");
        }
        java.nio.file.Path path = config.images().dir().orElseThrow().resolve(file);
        EntityTag photoTag = tag(path);
        if (asked == null) {
            return Uni.createFrom().item(serve(path, MEDIA_TYPES.get(extension(file)), photoTag, ifNoneMatch));
        }
        return Uni.createFrom().completionStage(() -> renditions.of(path, photoTag.getValue(), asked))
                .ifNoItem().after(config.images().renditionWait()).failWith(() -> ApiProblem.renditionUnavailable(
                        "The rendition of " + file + " at width " + asked + " is still being made; ask again shortly.", RETRY_AFTER_SECONDS))
                .onFailure(PhotoScaler.UnusablePhoto.class).transform(e -> ApiProblem.photoUnusable(
                        "The photo " + file + " cannot be made into a rendition: " + e.getMessage() + "."))
                .onFailure(Renditions.Unavailable.class).transform(e -> ApiProblem.renditionUnavailable(
                        "No rendition of " + file + " can be had now: " + e.getMessage() + "; ask again shortly.", RETRY_AFTER_SECONDS))
                .map(served -> served.equals(path) ? serve(path, MEDIA_TYPES.get(extension(file)), photoTag, ifNoneMatch)
                        : serve(served, "image/jpeg", tag(served), ifNoneMatch));
    }

    private static Response serve(java.nio.file.Path path, String mediaType, EntityTag tag, String ifNoneMatch) {
        if (ifNoneMatch != null && (ifNoneMatch.contains(tag.toString()) || ifNoneMatch.trim().equals("*"))) {
            return Response.notModified(tag).header(HttpHeaders.CACHE_CONTROL, CACHE_FOR_A_YEAR).build();
        }
        return Response.ok(path.toFile(), mediaType).tag(tag).header(HttpHeaders.CACHE_CONTROL, CACHE_FOR_A_YEAR).build();
    }

    private static int width(String width) {
        int index = WIDTH_VALUES.indexOf(width);
        if (index < 0) {
            String shown = width.length() > 20 ? width.substring(0, 20) + "…" : width;
            throw ApiProblem.invalidParameter("width must be one of " + String.join(", ", WIDTH_VALUES) + " (pixels), not '" + shown
                    + "'; leave it out for the photo itself.", WIDTH_VALUES);
        }
        return Renditions.WIDTHS.get(index);
    }

    /** Whether this service has the photo: a plain file name of a known image type in the photo folder. */
    static boolean servable(PillIdConfig config, String file) {
        java.nio.file.Path dir = config.images().dir().orElse(null);
        return dir != null && FILE_NAME.matcher(file).matches() && MEDIA_TYPES.containsKey(extension(file))
                && Files.isRegularFile(dir.resolve(file));
    }

    private static String extension(String file) {
        return file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    /** A strong ETag from the photo's bytes, computed once per file version (size and time). */
    private EntityTag tag(java.nio.file.Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            String version = path + "|" + attributes.size() + "|" + attributes.lastModifiedTime().toMillis();
            return tags.computeIfAbsent(version, v -> new EntityTag(sha256(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(java.nio.file.Path path) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
