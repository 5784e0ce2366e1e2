package vn.ocop.traceability.resolver;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** What the resolver answers for a valid, known code. */
public sealed interface Resolution {

    /** The code as read from the request. */
    ResolvedCode code();

    /** The canonical URI of the code's linkset, for the {@code Link} header. */
    String linksetUri();

    /** 307 to {@code location}. */
    record Redirect(ResolvedCode code, String linksetUri, String location) implements Resolution {}

    /** 200 with the RFC 9264 linkset. */
    record Linkset(ResolvedCode code, String linksetUri, ObjectNode linkset)
            implements Resolution {}
}
