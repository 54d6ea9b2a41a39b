package dev.pillid.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * An RFC 9457 problem document, the body of every 4xx and 5xx answer
 * ({@code application/problem+json}). {@code valid_values} lists what may be sent instead, when
 * the problem is a value outside a closed list.
 */
@Schema(name = "Problem", description = "An RFC 9457 problem: every 4xx and 5xx answer has this body.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(description = "Identifies the kind of problem", example = "urn:pillid:problem:invalid-parameter") String type,
        @Schema(description = "A short summary of the kind of problem", example = "Invalid parameter") String title,
        @Schema(example = "400") int status,
        @Schema(description = "What went wrong with this request and what to send instead",
                example = "limit must be a whole number from 1 to 100; page through longer lists with offset") String detail,
        @Schema(description = "The request that caused it", example = "/v1/pills/search?imprint=PD&limit=500") String instance,
        @Schema(description = "The accepted values, when the problem is a value outside a closed list") List<String> validValues) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
