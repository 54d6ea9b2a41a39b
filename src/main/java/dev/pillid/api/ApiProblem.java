package dev.pillid.api;

import io.smallrye.mutiny.Uni;

import java.time.Duration;
import java.util.List;

/** A request the service refuses, with the problem document to answer it with. */
public class ApiProblem extends RuntimeException {

    private final ProblemType type;
    private final List<String> validValues;
    /** Seconds after which the client may try again (Retry-After), or 0. */
    private final long retryAfterSeconds;

    private ApiProblem(ProblemType type, String detail, List<String> validValues, long retryAfterSeconds) {
        super(detail, null, false, false);
        this.type = type;
        this.validValues = validValues;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    private ApiProblem(ProblemType type, String detail, List<String> validValues) {
        this(type, detail, validValues, 0);
    }

    public static ApiProblem invalidParameter(String detail) {
        return invalidParameter(detail, null);
    }

    public static ApiProblem invalidParameter(String detail, List<String> validValues) {
        return new ApiProblem(ProblemType.INVALID_PARAMETER, detail, validValues);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(ProblemType.NOT_FOUND, detail, null);
    }

    /** The photo file asked for cannot be made into what was asked (a rendition of a corrupt or oversized image). */
    public static ApiProblem photoUnusable(String detail) {
        return new ApiProblem(ProblemType.PHOTO_UNUSABLE, detail, null);
    }

    /** A photo rendition cannot be had now; it may be asked for again after that many seconds. */
    public static ApiProblem renditionUnavailable(String detail, long retryAfterSeconds) {
        return new ApiProblem(ProblemType.RENDITION_UNAVAILABLE, detail, null, retryAfterSeconds);
    }

    /** A DailyMed sync is already running, here or on another replica. */
    public static ApiProblem syncRunning(String detail) {
        return new ApiProblem(ProblemType.SYNC_RUNNING, detail, null);
    }

    /** The client sent more searches than its share; it may search again after that many seconds. */
    public static ApiProblem tooManyRequests(String detail, long retryAfterSeconds) {
        return new ApiProblem(ProblemType.TOO_MANY_REQUESTS, detail, null, retryAfterSeconds);
    }

    /** The service has no room for this search now; it may be sent again after that many seconds. */
    public static ApiProblem searchesBusy(String detail, long retryAfterSeconds) {
        return new ApiProblem(ProblemType.SEARCHES_BUSY, detail, null, retryAfterSeconds);
    }

    /**
     * This refusal, answered only after the pause: a client refused for load that sends again at
     * once is slowed down rather than answered faster. The pause holds no thread.
     */
    <T> Uni<T> answeredAfter(Duration pause) {
        if (pause.isZero() || pause.isNegative()) {
            return Uni.createFrom().failure(this);
        }
        return Uni.createFrom().voidItem().onItem().delayIt().by(pause).onItem().transformToUni(waited -> Uni.createFrom().failure(this));
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    Problem toProblem(String instance) {
        return type.problem(getMessage(), instance, validValues);
    }
}
