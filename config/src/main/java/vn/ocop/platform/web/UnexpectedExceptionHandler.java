package vn.ocop.platform.web;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.platform.web.api.Problem;

/**
 * Anything no more specific handler claims is a bug: 500 with an incident id the user can quote,
 * the stack trace in the log, and no internals in the body. One exception: text the database cannot
 * store (PostgreSQL refuses a NUL character, SQLSTATE 22021, wherever it comes from: path, query or
 * body) is the caller's malformed input, a 400; and a database that cannot be reached (restarting,
 * down, the pool timed out) is a 503 with {@code Retry-After}, not a bug: the request is to be sent
 * again, with its {@code Idempotency-Key} where the endpoint takes one (the connection may have
 * broken after a commit; the PostgreSQL restart drill in bench/ saw one such case in 82).
 */
@Singleton
class UnexpectedExceptionHandler implements ExceptionHandler<Exception, HttpResponse<Problem>> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionHandler.class);

    /** What a client is told to wait before trying again while the database is unreachable. */
    static final int RETRY_AFTER_SECONDS = 5;

    private final ProblemResponses responses;

    UnexpectedExceptionHandler(ProblemResponses responses) {
        this.responses = responses;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, Exception exception) {
        if (isUnstorableText(exception)) {
            LOG.info(
                    "Refused {} {}: text the database cannot store",
                    request.getMethod(),
                    request.getPath());
            return responses.of(
                    request,
                    PlatformError.MALFORMED_REQUEST,
                    "The request holds a character that cannot be stored (NUL)",
                    List.of(),
                    Map.of());
        }
        if (isDatabaseUnreachable(exception)) {
            LOG.warn(
                    "Database unreachable on {} {}: {}",
                    request.getMethod(),
                    request.getPath(),
                    exception.toString());
            MutableHttpResponse<Problem> unavailable =
                    responses.of(
                            request,
                            PlatformError.UNAVAILABLE,
                            "The database cannot be reached right now",
                            List.of(),
                            Map.of("retryAfterSeconds", RETRY_AFTER_SECONDS));
            unavailable.header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            return unavailable;
        }
        String incident = UUID.randomUUID().toString();
        LOG.error(
                "Incident {} on {} {}",
                incident,
                request.getMethod(),
                request.getPath(),
                exception);
        return responses.of(
                request,
                PlatformError.INTERNAL_ERROR,
                "Incident " + incident,
                List.of(),
                Map.of("incident", incident));
    }

    /**
     * A connection failure anywhere in the chain: the pool's timeout waiting for a connection,
     * Micronaut Data's failure to prepare a connection for a transaction (during a restart it meets
     * a connection the pool has just closed: "Connection is closed", which carries no SQLSTATE),
     * SQLSTATE class 08 (connection exception: refused, closed, broken) or 57P01–57P03 (the server
     * is shutting down or starting up).
     */
    static boolean isDatabaseUnreachable(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.matches("57P0[123]")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** character_not_in_repertoire: PostgreSQL's answer to a NUL (0x00) in text. */
    private static boolean isUnstorableText(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && "22021".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
