package dev.pillid.images;

import dev.pillid.api.ApiProblem;
import dev.pillid.config.PillIdConfig;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Serves pill photos from the configured folder. Photo file names carry the image's own hash
 * (RxImage) or version, so a photo never changes under its name: clients may cache it for a year
 * and revalidate with its ETag.
 */
@Path("/v1/images")
@Tag(name = "Photos")
public class PhotoResource {

    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,200}");
    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png", "gif", "image/gif", "webp", "image/webp");
    private static final String CACHE_FOR_A_YEAR = "public, max-age=31536000, immutable";

    private final PillIdConfig config;
    private final Map<String, EntityTag> tags = new ConcurrentHashMap<>();

    PhotoResource(PillIdConfig config) {
        this.config = config;
    }

    @GET
    @Path("/{file}")
    @Operation(summary = "A pill photo", description = "The photo file named in a pill's image_urls.")
    @APIResponse(responseCode = "200", description = "The photo",
            content = @Content(mediaType = "image/jpeg", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag the client holds")
    @APIResponse(responseCode = "404", description = "No such photo",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = dev.pillid.api.Problem.class)))
    public Response photo(@PathParam("file") String file, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        if (!servable(config, file)) {
            throw ApiProblem.notFound("No photo named " + file + " in this service's photo folder.");
        }
        java.nio.file.Path path = config.images().dir().orElseThrow().resolve(file);
        String mediaType = MEDIA_TYPES.get(extension(file));
        EntityTag tag = tag(path);
        if (ifNoneMatch != null && (ifNoneMatch.contains(tag.toString()) || ifNoneMatch.trim().equals("*"))) {
            return Response.notModified(tag).header(HttpHeaders.CACHE_CONTROL, CACHE_FOR_A_YEAR).build();
        }
        return Response.ok(path.toFile(), mediaType).tag(tag).header(HttpHeaders.CACHE_CONTROL, CACHE_FOR_A_YEAR).build();
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
