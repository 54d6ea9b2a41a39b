package dev.pillid.api;

import dev.pillid.catalog.Vocabularies;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vocabularies", description = "The FDA SPL colours and shapes, for pickers")
public class VocabularyResource {

    private final Vocabularies vocabularies;

    VocabularyResource(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    @GET
    @Path("/colors")
    @Operation(summary = "The 12 SPL colours, with the words the search accepts for each")
    public VocabularyDtos.ColorList colors() {
        return new VocabularyDtos.ColorList(vocabularies.colors().terms().stream().map(VocabularyDtos.ColorDto::of).toList());
    }

    @GET
    @Path("/shapes")
    @Operation(summary = "The 19 SPL shapes, with the words the search accepts for each")
    public VocabularyDtos.ShapeList shapes() {
        return new VocabularyDtos.ShapeList(vocabularies.shapes().terms().stream().map(VocabularyDtos.ShapeDto::of).toList());
    }
}
