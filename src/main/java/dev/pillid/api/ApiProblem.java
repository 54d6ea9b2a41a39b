package dev.pillid.api;

import java.util.List;

/** A request the service refuses, with the problem document to answer it with. */
public class ApiProblem extends RuntimeException {

    private final ProblemType type;
    private final List<String> validValues;

    private ApiProblem(ProblemType type, String detail, List<String> validValues) {
        super(detail, null, false, false);
        this.type = type;
        this.validValues = validValues;
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

    Problem toProblem(String instance) {
        return type.problem(getMessage(), instance, validValues);
    }
}
