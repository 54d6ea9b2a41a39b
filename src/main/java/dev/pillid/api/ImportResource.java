package dev.pillid.api;

import dev.pillid.config.PillIdConfig;
import dev.pillid.imports.ImportFormat;
import dev.pillid.imports.ImportJob;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import dev.pillid.imports.ImportService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;

/** Catalog imports, for operators holding the role catalog-admin. */
@jakarta.ws.rs.Path("/v1/admin/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ImportResource.ROLE)
@Tag(name = "Imports", description = "Load real catalogs: NLM Pillbox, DailyMed SPL, NLM RxImage (role catalog-admin)")
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token lacks the role catalog-admin",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ImportResource {

    static final String ROLE = "catalog-admin";
    private static final int RECENT = 20;

    private final ImportService imports;
    private final PillIdConfig config;
    private final SecurityIdentity identity;

    ImportResource(ImportService imports, PillIdConfig config, SecurityIdentity identity) {
        this.imports = imports;
        this.config = config;
        this.identity = identity;
    }

    /** A file in the server's import folder, by name. */
    @Schema(name = "NamedImport")
    public record NamedImport(
            @Schema(description = "A file name in the server's import folder (pillid.imports.dir)", example = "pillbox_201605.txt") String file,
            @Schema(description = "pillbox, spl or rximage; told from the file when absent", example = "pillbox") String format) {
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import an uploaded file",
            description = "Upload a Pillbox release file (tab- or comma-separated), a DailyMed SPL document, zip or zip of zips, "
                    + "or the RxImage metadata CSV, as the form field 'file'. The import runs in the background: "
                    + "follow the job at the Location URL. Importing the same file again changes nothing.")
    @APIResponse(responseCode = "202", description = "Queued; the Location header is the job's URL",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobDto.class)))
    @APIResponse(responseCode = "400", description = "No file, a format the service cannot tell or does not know, or a body cut short",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response upload(@RestForm("file") FileUpload file, @RestForm("format") String format, @Context UriInfo uri) {
        if (file == null || file.uploadedFile() == null) {
            throw ApiProblem.invalidParameter("Send the file to import as the multipart form field 'file', for example "
                    + "curl -F file=@pillbox.txt .../v1/admin/imports");
        }
        try {
            Path staged = stage(file);
            try {
                return accepted(imports.submit(format(format, staged), staged, displayName(file.fileName()), true, user()), uri);
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(staged);
                throw e;
            }
        } catch (IOException e) {
            throw serverFiles(e);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a file from the server's import folder",
            description = "For files too large to upload: name a file in the folder configured as pillid.imports.dir.")
    @APIResponse(responseCode = "202", description = "Queued; the Location header is the job's URL",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobDto.class)))
    @APIResponse(responseCode = "400", description = "No such file in the import folder, or no import folder configured",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response named(NamedImport request, @Context UriInfo uri) {
        Path dir = config.imports().dir().orElseThrow(() -> ApiProblem.invalidParameter(
                "This service has no import folder (pillid.imports.dir); upload the file as multipart form field 'file' instead."));
        if (request == null || request.file() == null || request.file().isBlank()) {
            throw ApiProblem.invalidParameter("Send {\"file\": \"<name in the import folder>\"}, optionally with \"format\".");
        }
        Path root = dir.toAbsolutePath().normalize();
        Path file;
        try {
            file = root.resolve(request.file()).normalize();
        } catch (InvalidPathException e) {
            // a name no file can have (a NUL character)
            file = null;
        }
        if (file == null || !file.startsWith(root) || !Files.isRegularFile(file)) {
            throw ApiProblem.invalidParameter("No file named " + shorten(request.file()) + " in the import folder.");
        }
        try {
            return accepted(imports.submit(format(request.format(), file), file, file.getFileName().toString(), false, user()), uri);
        } catch (IOException e) {
            throw serverFiles(e);
        }
    }

    /**
     * A failure of the service's own files (staging an upload, reading a file's first bytes): a
     * server failure, thrown unchecked so that {@link #bodyNotRead} never takes it for the request's.
     */
    private static UncheckedIOException serverFiles(IOException e) {
        return new UncheckedIOException(e);
    }

    /**
     * The request's body could not be read to its end, before this resource's methods ran (they
     * throw no IOException of their own).
     */
    @ServerExceptionMapper
    Response bodyNotRead(IOException e, UriInfo uri) {
        return ProblemMappers.bodyNotRead(e, uri);
    }

    @GET
    @Operation(summary = "The latest imports, newest first, without their rejected records (see rejections_url)")
    public List<ImportJobDto> recent(@Context UriInfo uri) {
        return imports.recent(RECENT).stream().map(job -> dto(job, uri, false)).toList();
    }

    @GET
    @jakarta.ws.rs.Path("/{id}")
    @Operation(summary = "One import: state, progress, counts and rejected records")
    @APIResponse(responseCode = "200", description = "The import",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobDto.class)))
    @APIResponse(responseCode = "404", description = "No import has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportJobDto job(@PathParam("id") String id, @Context UriInfo uri) {
        return dto(existing(id), uri, true);
    }

    @GET
    @jakarta.ws.rs.Path("/{id}/rejections")
    @Operation(summary = "One import's rejected records, a page at a time")
    @APIResponse(responseCode = "200", description = "A page of rejected records",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobDto.RejectionPage.class)))
    @APIResponse(responseCode = "400", description = "limit or offset out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No import has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportJobDto.RejectionPage rejections(@PathParam("id") String id,
                                                 @Parameter(description = "1 to " + MAX_REJECTIONS_PAGE + ", default " + DEFAULT_REJECTIONS_PAGE)
                                                 @QueryParam("limit") String limit,
                                                 @Parameter(description = "0 or more, default 0") @QueryParam("offset") String offset) {
        int pageSize = limit == null || limit.isBlank() ? DEFAULT_REJECTIONS_PAGE
                : wholeNumber("limit", limit, 1, MAX_REJECTIONS_PAGE);
        int skip = offset == null || offset.isBlank() ? 0 : wholeNumber("offset", offset, 0, Integer.MAX_VALUE);
        return ImportJobDto.RejectionPage.of(existing(id), pageSize, skip);
    }

    /** How many rejected records a page holds by default, and at most. */
    static final int DEFAULT_REJECTIONS_PAGE = 100;
    static final int MAX_REJECTIONS_PAGE = 1000;

    private static int wholeNumber(String name, String value, int min, int max) {
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Said below, as for a number out of range.
        }
        throw ApiProblem.invalidParameter(name + " must be a whole number from " + min + " to " + max + ", not '" + shorten(value) + "'.");
    }

    private ImportJob existing(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.notFound("No import has id " + shorten(id) + ".");
        }
        return imports.job(uuid).orElseThrow(() -> ApiProblem.notFound("No import has id " + id + "."));
    }

    private Response accepted(ImportJob job, UriInfo uri) {
        ImportJobDto dto = dto(job, uri, true);
        return Response.accepted(dto).location(URI.create(dto.self())).build();
    }

    private static ImportJobDto dto(ImportJob job, UriInfo uri, boolean withRejections) {
        return ImportJobDto.of(job, uri.getBaseUriBuilder().path("v1/admin/imports").path(job.id().toString()).build().toString(),
                withRejections);
    }

    private static ImportFormat format(String requested, Path file) throws IOException {
        if (requested != null && !requested.isBlank()) {
            return ImportFormat.of(requested).orElseThrow(() -> ApiProblem.invalidParameter(
                    "Unknown format '" + shorten(requested) + "'. Send one of " + String.join(", ", ImportFormat.ids())
                            + ", or leave it out to have it told from the file.", ImportFormat.ids()));
        }
        return ImportFormat.detect(file).orElseThrow(() -> ApiProblem.invalidParameter(
                "Cannot tell the file's format: it is not a zip or XML (spl), and its header is neither the RxImage "
                        + "nor the Pillbox columns. Send format as one of " + String.join(", ", ImportFormat.ids()) + ".",
                ImportFormat.ids()));
    }

    /** Moves an upload out of the request's temporary files, which are deleted when the request ends. */
    private Path stage(FileUpload file) throws IOException {
        Path dir = Files.createDirectories(config.imports().workDir());
        Path staged = dir.resolve(UUID.randomUUID() + ".upload");
        try {
            Files.move(file.uploadedFile(), staged, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.copy(file.uploadedFile(), staged, StandardCopyOption.REPLACE_EXISTING);
        }
        return staged;
    }

    private String user() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    private static String displayName(String name) {
        if (name == null || name.isBlank()) {
            return "upload";
        }
        String base = name.replace('\\', '/');
        return shorten(base.substring(base.lastIndexOf('/') + 1));
    }

    private static String shorten(String value) {
        return value.length() <= 120 ? value : value.substring(0, 120) + "…";
    }
}
