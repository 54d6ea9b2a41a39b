package dev.pillid.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.pillid.images.PhotoCredit;
import dev.pillid.images.PhotoLinks;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * One photo of a pill, for an app to show and credit. Search answers leave out {@code license}
 * (the same for every photo of a source, and never shown in a result list) to keep their pages
 * small; a pill's detail gives it.
 */
@Schema(name = "Photo", description = "One photo of the pill: its URL, its list thumbnail's URL and whom to credit it with.")
public record PhotoDto(
        @Schema(description = "Absolute URL of the photo", example = "https://pills.example.org/v1/images/65162-0627-11_RXNAVIMAGE10_5212A925.jpg")
        String url,
        @Schema(description = "Absolute URL of a thumbnail 120 pixels wide for result lists; for a photo this service does not serve "
                + "(a DailyMed URL, a remote photo store), the photo's own URL",
                example = "https://pills.example.org/v1/images/65162-0627-11_RXNAVIMAGE10_5212A925.jpg?width=120")
        String thumbnailUrl,
        @Schema(description = "Whom to credit the photo with; null when its source is not known",
                example = "National Library of Medicine (NLM), RxImage") String attribution,
        @Schema(description = "The terms the photo may be used on; given by GET /v1/pills/{id} only, not in search answers",
                example = "Public domain (US government work, National Library of Medicine)")
        @JsonInclude(JsonInclude.Include.NON_NULL) String license) {

    /** The photos as a pill's detail gives them ({@code withLicense}) or as search answers do. */
    static List<PhotoDto> of(List<PhotoLinks.Photo> photos, boolean withLicense) {
        return photos.stream().map(photo -> {
            PhotoCredit credit = photo.credit();
            return new PhotoDto(photo.url(), photo.thumbnailUrl(), credit == null ? null : credit.attribution(),
                    withLicense && credit != null ? credit.license() : null);
        }).toList();
    }
}
