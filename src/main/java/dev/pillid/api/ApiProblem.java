package dev.pillid.api;

import java.util.List;

/** A request the service refuses, with the problem document to answer it with. */
public class ApiProblem extends RuntimeException {

    private final String type;
    private final String title;
    private final int status;
    private final List<String> validValues;

    public ApiProblem(int status, String type, String title, String detail, List<String> validValues) {
        super(detail, null, false, false);
        this.type = type;
        this.title = title;
        this.status = status;
        this.validValues = validValues;
    }

    public static ApiProblem invalidParameter(String detail) {
        return invalidParameter(detail, null);
    }

    public static ApiProblem invalidParameter(String detail, List<String> validValues) {
        return new ApiProblem(400, "urn:pillid:problem:invalid-parameter", "Invalid parameter", detail, validValues);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "urn:pillid:problem:not-found", "Not found", detail, null);
    }

    Problem toProblem(String instance) {
        return new Problem(type, title, status, getMessage(), instance, validValues);
    }

    public int status() {
        return status;
    }
}
