package vn.ocop.kernel;

/** The kinds of failure a use case can report, each with the HTTP status it is rendered with. */
public enum ProblemKind {
    /** The request is well-formed but breaks a rule (a field value, a business rule). */
    INVALID(422),
    /** The request could not be read at all (bad JSON, wrong types, bad syntax). */
    MALFORMED(400),
    UNAUTHENTICATED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    /** The request conflicts with the current state (invalid transition, duplicate). */
    CONFLICT(409),
    PAYLOAD_TOO_LARGE(413),
    TOO_MANY_REQUESTS(429),
    /** A dependency is down; the request may succeed later. */
    UNAVAILABLE(503),
    /** A bug: nothing the client did or can do about it. */
    INTERNAL(500);

    private final int status;

    ProblemKind(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
