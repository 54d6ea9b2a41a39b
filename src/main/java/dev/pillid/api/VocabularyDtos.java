package dev.pillid.api;

import dev.pillid.search.VocabularyTerm;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The colour and shape lists front ends build pickers from. */
final class VocabularyDtos {

    private VocabularyDtos() {
    }

    @Schema(name = "Color")
    record ColorDto(
            @Schema(description = "FDA NCI code", example = "C48325") String code,
            @Schema(description = "SPL name, as used in pills and queries", example = "WHITE") String name,
            @Schema(example = "White") String displayName,
            @Schema(description = "A display colour (Pillbox's), RRGGBB", example = "FFFFFF") String hex,
            @Schema(description = "Other words the search accepts for it", example = "[\"off-white\", \"cream\"]") List<String> synonyms) {

        static ColorDto of(VocabularyTerm t) {
            return new ColorDto(t.code(), t.name(), t.displayName(), t.hex(), t.synonyms());
        }
    }

    @Schema(name = "Shape")
    record ShapeDto(
            @Schema(description = "FDA NCI code", example = "C48348") String code,
            @Schema(description = "SPL name, as used in pills and queries", example = "ROUND") String name,
            @Schema(example = "Round") String displayName,
            @Schema(description = "Other words the search accepts for it", example = "[\"circle\", \"circular\"]") List<String> synonyms) {

        static ShapeDto of(VocabularyTerm t) {
            return new ShapeDto(t.code(), t.name(), t.displayName(), t.synonyms());
        }
    }

    @Schema(name = "ColorList")
    record ColorList(List<ColorDto> colors) {
    }

    @Schema(name = "ShapeList")
    record ShapeList(List<ShapeDto> shapes) {
    }
}
