package dev.pillid.api;

import dev.pillid.config.PillIdConfig;
import dev.pillid.sync.SyncRun;
import dev.pillid.sync.SyncService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.sql.SQLException;
import java.util.UUID;

/** The DailyMed sync, for operators holding the role catalog-admin. */
@jakarta.ws.rs.Path("/v1/admin/sync")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ImportResource.ROLE)
@Tag(name = "Sync", description = "Keep the catalog current from DailyMed's update files (role catalog-admin)")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token lacks the role catalog-admin",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "503", description = "The database cannot be reached",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SyncResource {

    private static final int RUNS = 20;
    private static final int FILES = 100;

    private final SyncService sync;
    private final PillIdConfig config;
    private final SecurityIdentity identity;

    SyncResource(SyncService sync, PillIdConfig config, SecurityIdentity identity) {
        this.sync = sync;
        this.config = config;
        this.identity = identity;
    }

    @POST
    @Operation(summary = "Start a sync",
            description = "Lists DailyMed's update files and applies, oldest first, those not applied yet, each as one import. "
                    + "Runs in the background: follow it at the Location URL.")
    @APIResponse(responseCode = "202", description = "Started; the Location header is the run's URL",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SyncDto.Run.class)))
    @APIResponse(responseCode = "409", description = "A sync is already running, on this or another replica",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response start(@Context UriInfo uri) throws SQLException {
        try {
            SyncRun run = sync.start("admin", identity.isAnonymous() ? null : identity.getPrincipal().getName());
            SyncDto.Run dto = dto(run, uri);
            return Response.accepted(dto).location(URI.create(dto.self())).build();
        } catch (SyncService.AlreadyRunning e) {
            throw ApiProblem.syncRunning("A sync is already running" + e.run().map(r -> " (" + runUrl(r.id(), uri) + ")").orElse("")
                    + "; one runs at a time. Follow it at GET /v1/admin/sync.");
        }
    }

    @GET
    @Operation(summary = "What the sync applied, the run under way and its progress")
    @APIResponse(responseCode = "200", description = "The sync's state",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SyncDto.Status.class)))
    public SyncDto.Status status(@Context UriInfo uri) throws SQLException {
        SyncService.Status status = sync.status(RUNS, FILES);
        String imports = importsUrl(uri);
        var runs = status.runs().stream().map(r -> dto(r, uri)).toList();
        return new SyncDto.Status(sync.describeSource(), sync.updates(), config.sync().schedule(),
                runs.stream().filter(r -> SyncRun.RUNNING.equals(r.state())).findFirst().orElse(null), runs,
                status.applied().stream().map(f -> SyncDto.file(f, imports)).toList(),
                status.notApplied().stream().map(f -> SyncDto.file(f, imports)).toList());
    }

    @GET
    @jakarta.ws.rs.Path("/runs/{id}")
    @Operation(summary = "One sync run: its state, progress and counts")
    @APIResponse(responseCode = "200", description = "The run",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SyncDto.Run.class)))
    @APIResponse(responseCode = "404", description = "No run has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SyncDto.Run run(@PathParam("id") String id, @Context UriInfo uri) throws SQLException {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.notFound("No sync run has id " + (id.length() <= 120 ? id : id.substring(0, 120) + "…") + ".");
        }
        return dto(sync.run(uuid).orElseThrow(() -> ApiProblem.notFound("No sync run has id " + uuid + ".")), uri);
    }

    private static SyncDto.Run dto(SyncRun run, UriInfo uri) {
        return SyncDto.run(run, runUrl(run.id(), uri), importsUrl(uri));
    }

    private static String runUrl(UUID id, UriInfo uri) {
        return uri.getBaseUriBuilder().path("v1/admin/sync/runs").path(id.toString()).build().toString();
    }

    private static String importsUrl(UriInfo uri) {
        return uri.getBaseUriBuilder().path("v1/admin/imports").build().toString();
    }
}
