package dev.pillid.api;

import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * Every kind of problem the API answers with: its type URI, title and status (docs/api.md lists
 * them), and the problem documents made from them. A failure that is no more than its HTTP status
 * is {@link #ABOUT_BLANK}, titled with the status's reason phrase (RFC 9457, section 4.2.1).
 */
enum ProblemType {

    INVALID_PARAMETER("urn:pillid:problem:invalid-parameter", "Invalid parameter", 400),
    INVALID_BODY("urn:pillid:problem:invalid-body", "Invalid body", 400),
    MALFORMED_REQUEST("urn:pillid:problem:malformed-request", "Bad Request", 400),
    UNAUTHORIZED("urn:pillid:problem:unauthorized", "Unauthorized", 401),
    FORBIDDEN("urn:pillid:problem:forbidden", "Forbidden", 403),
    NOT_FOUND("urn:pillid:problem:not-found", "Not found", 404),
    PHOTO_UNUSABLE("urn:pillid:problem:photo-unusable", "Unprocessable Content", 422),
    SYNC_RUNNING("urn:pillid:problem:sync-running", "Conflict", 409),
    BODY_TOO_LARGE("urn:pillid:problem:body-too-large", "Content Too Large", 413),
    REQUEST_HEAD_TIMEOUT("urn:pillid:problem:request-head-timeout", "Request Timeout", 408),
    REQUEST_LINE_TOO_LONG("urn:pillid:problem:request-line-too-long", "URI Too Long", 414),
    HEADERS_TOO_LARGE("urn:pillid:problem:headers-too-large", "Request Header Fields Too Large", 431),
    TOO_MANY_REQUESTS("urn:pillid:problem:too-many-requests", "Too Many Requests", 429),
    SEARCHES_BUSY("urn:pillid:problem:searches-busy", "Service Unavailable", 503),
    RENDITION_UNAVAILABLE("urn:pillid:problem:rendition-unavailable", "Service Unavailable", 503),
    DATABASE_UNAVAILABLE("urn:pillid:problem:database-unavailable", "Service Unavailable", 503);

    static final String ABOUT_BLANK = "about:blank";

    private final String type;
    private final String title;
    private final int status;

    ProblemType(String type, String title, int status) {
        this.type = type;
        this.title = title;
        this.status = status;
    }

    int status() {
        return status;
    }

    Problem problem(String detail, String instance) {
        return problem(detail, instance, null);
    }

    Problem problem(String detail, String instance, List<String> validValues) {
        return new Problem(type, title, status, detail, instance, validValues);
    }

    /** A problem that says no more than its HTTP status does. */
    static Problem httpStatus(int status, String detail, String instance) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return new Problem(ABOUT_BLANK, known == null ? "HTTP " + status : known.getReasonPhrase(), status, detail, instance, null);
    }
}
