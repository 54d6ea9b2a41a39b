package dev.pillid.api;

import dev.pillid.catalog.CatalogSource;
import dev.pillid.catalog.CatalogSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

/** What the catalog holds, for the page's banner, operators and clients deciding whether to trust it. */
@Schema(name = "Catalog", description = "What the catalog that searches read holds: its sources, pills, photos and version.")
record CatalogDto(
        @Schema(description = "The catalog's version: it rises with every change; null while the service runs without its database",
                example = "1") Long version,
        @Schema(description = "When the catalog last changed; null while the service runs without its database") OffsetDateTime changedAt,
        @Schema(description = "Pills in the catalog", example = "4390") int pills,
        @Schema(description = "Pills with at least one photo that loads: a URL, a file the photo folder has, or any file name"
                + " when photos come from a remote base URL", example = "4390") int pillsWithPhotos,
        @Schema(description = "Where photos come from: a folder of this service, a remote base URL, or none configured",
                enumeration = {"folder", "base_url", "none"}) String photos,
        @Schema(description = "True when the demo records are all the catalog holds: demo data, not for clinical use") boolean demo,
        @Schema(description = "The sources of its pills, by name") List<SourceDto> sources) {

    @Schema(name = "CatalogSource", description = "One source of the catalog's pills. Title, date, license and origin are those the "
            + "bundled catalog that loaded the pills states; null for pills that were only imported.")
    record SourceDto(
            @Schema(description = "The pills' source, as in a pill's source field", example = "rximage") String name,
            @Schema(example = "NLM RxImage (RxNav RXNAVIMAGE10) pill photograph metadata") String title,
            @Schema(description = "The date of the source's data as it states it: a day, or a span", example = "2025-11-11") String sourceDate,
            @Schema(example = "Public domain (US government work)") String license,
            @Schema(description = "Where the data was taken from") String origin,
            @Schema(description = "Pills of this source", example = "4390") int pills,
            @Schema(description = "When the latest of them was loaded") OffsetDateTime loadedAt) {

        static SourceDto of(CatalogSummary.Source source) {
            CatalogSource d = source.described();
            return new SourceDto(source.name(), d == null ? null : d.title(), d == null ? null : d.sourceDate(),
                    d == null ? null : d.license(), d == null ? null : d.origin(), source.pills(), source.loadedAt());
        }
    }

    static CatalogDto of(CatalogSummary summary, int pillsWithPhotos, String photos) {
        return new CatalogDto(summary.version(), summary.changedAt(), summary.pills(), pillsWithPhotos, photos, summary.demoOnly(),
                summary.sources().stream().map(SourceDto::of).toList());
    }
}
