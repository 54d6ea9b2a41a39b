package dev.pillid.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpClosedException;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.util.UUID;

/**
 * Turns every failure into an RFC 9457 problem document. Nothing of the exception itself (class
 * names, stack traces, SQL) reaches the client: unexpected failures are logged with an id the
 * client is given instead.
 */
class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** How the REST layer's body reader says that a body passed quarkus.http.limits.max-body-size. */
    private static final String BODY_PASSED_THE_LIMIT = "Request too large";

    @ServerExceptionMapper
    Response apiProblem(ApiProblem problem, UriInfo uri) {
        Response response = respond(problem.toProblem(instance(uri)));
        return problem.retryAfterSeconds() <= 0 ? response
                : Response.fromResponse(response).header("Retry-After", Long.toString(problem.retryAfterSeconds())).build();
    }

    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class})
    Response unreadableBody(UriInfo uri) {
        return unreadableJson(uri);
    }

    private static Response unreadableJson(UriInfo uri) {
        return respond(ProblemType.INVALID_BODY.problem(
                "The request body is not the JSON this endpoint reads. See /q/swagger-ui for what it accepts.", instance(uri)));
    }

    /**
     * A request body that could not be read to its end. A multipart upload that ends before its
     * closing boundary is the client's to send again (400). A client that closed the connection
     * mid-body is gone: what is answered reaches no one, and the service notes it in one line.
     */
    static Response bodyNotRead(IOException e, UriInfo uri) {
        if (passedTheLimit(e, uri)) {
            return null;
        }
        if (e instanceof JsonProcessingException) {
            return unreadableJson(uri);
        }
        if (clientGone(e)) {
            LOG.infof("%s: the client closed the connection before the request's body ended", instance(uri));
        } else {
            LOG.infof("%s: the request's body ended early: %s", instance(uri), e.getMessage());
        }
        return respond(ProblemType.INVALID_BODY.problem("The request body ended before the multipart form did (no closing "
                + "boundary): send the whole body again, for example curl -F file=@labels.zip .../v1/admin/imports", instance(uri)));
    }

    private static boolean clientGone(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ClosedChannelException || t instanceof HttpClosedException) {
                return true;
            }
        }
        return false;
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    Response unauthorized(UriInfo uri) {
        return Response.fromResponse(respond(ProblemType.UNAUTHORIZED.problem(
                        "This endpoint needs a valid bearer token (Authorization: Bearer <JWT>) with the role catalog-admin: signed by "
                                + "a key this service trusts, for its issuer and audience, unexpired and issued recently enough.", instance(uri))))
                .header("WWW-Authenticate", "Bearer").build();
    }

    /** SmallRye JWT fails this way while the verification key it is configured with does not exist. */
    @ServerExceptionMapper
    Response verificationKeyMissing(DeploymentException e, UriInfo uri) {
        if (e.getMessage() == null || !e.getMessage().contains("SRJWT")) {
            return unexpected(e, uri);
        }
        LOG.warnf("admin request refused: no JWT verification key (%s)", e.getMessage());
        return Response.fromResponse(respond(ProblemType.UNAUTHORIZED.problem(
                        "No token can be verified: this service has no verification key yet (mp.jwt.verify.publickey.location). "
                                + "Reads need no token.", instance(uri))))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN.problem(
                "The bearer token is valid but lacks the role catalog-admin that this endpoint needs.", instance(uri)));
    }

    @ServerExceptionMapper
    Response httpError(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        return respond(ProblemType.httpStatus(status, httpDetail(status), instance(uri)));
    }

    /**
     * The REST layer refuses a chunked body once reading it passes the limit: it has then answered
     * 413 itself (given its problem document by {@link BareAnswerProblems}) and closes the
     * connection. Nothing is left to answer, and nothing unexpected to report.
     */
    @ServerExceptionMapper
    Response bodyRefusedWhileRead(IOException e, UriInfo uri) {
        return passedTheLimit(e, uri) ? null : unexpected(e, uri);
    }

    /** Whether the REST layer refused the body for passing the limit, and has answered 413 already. */
    private static boolean passedTheLimit(IOException e, UriInfo uri) {
        if (!BODY_PASSED_THE_LIMIT.equals(e.getMessage())) {
            return false;
        }
        LOG.debugf("refused %s: its body passed the limit", instance(uri));
        return true;
    }

    @ServerExceptionMapper
    Response unexpected(Throwable e, UriInfo uri) {
        if (databaseUnavailable(e)) {
            LOG.warnf("refused %s: catalog database unavailable", instance(uri));
            return Response.fromResponse(respond(ProblemType.DATABASE_UNAVAILABLE.problem(
                            "The catalog database cannot be reached, so changes cannot be made now. Searches still answer from the "
                                    + "catalog in memory. Retry later.", instance(uri))))
                    .header("Retry-After", "10").build();
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "unexpected failure %s on %s", incident, instance(uri));
        return respond(ProblemType.httpStatus(500,
                "The service failed to answer this request (incident " + incident + "). Try again; if it persists, report the incident id.",
                instance(uri)));
    }

    /** A failure to reach PostgreSQL: connection refused or lost (SQL state class 08), or no connection to be had. */
    static boolean databaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t instanceof org.hibernate.exception.JDBCConnectionException || t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.net.ConnectException) {
                return true;
            }
            if (t instanceof java.sql.SQLException && String.valueOf(t.getMessage()).contains("Acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String httpDetail(int status) {
        return switch (status) {
            case 400 -> "The request could not be read: its body or headers are not what this endpoint accepts (see /q/swagger-ui).";
            case 404 -> "No resource at this path. The API lives under /v1 (see /q/swagger-ui).";
            case 405 -> "This path does not accept that method. See /q/swagger-ui for what it accepts.";
            case 406 -> "The service answers in application/json (errors in application/problem+json).";
            case 415 -> "The service does not accept this content type here.";
            default -> "The request could not be served as sent.";
        };
    }

    static String instance(UriInfo uri) {
        if (uri == null) {
            return null;
        }
        String path = uri.getRequestUri().getRawPath();
        String query = uri.getRequestUri().getRawQuery();
        return query == null ? path : path + "?" + query;
    }
}
