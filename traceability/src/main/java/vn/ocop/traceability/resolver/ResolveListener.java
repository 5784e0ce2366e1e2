package vn.ocop.traceability.resolver;

import io.micronaut.http.HttpRequest;
import java.net.InetSocketAddress;
import java.util.function.Function;

/** Told of every successful GET resolve (the scan log listens); must return at once. */
public interface ResolveListener {

    /** A resolve answered by the controller. */
    void resolved(HttpRequest<?> request, ResolvedCode code);

    /**
     * A resolve answered by the fast path ({@link ResolverFastPath}): an anonymous request, so a
     * consumer's.
     *
     * @param queryParameter the first value of a query parameter (decoded), or null
     * @param header the first value of a request header, or null
     * @param remote the client's address, or null
     * @return false, with nothing recorded, when the scan cannot be taken without waiting (the
     *     caller, on a Netty event loop, then passes the request on to the controller)
     */
    boolean resolvedAnonymously(
            ResolvedCode code,
            Function<String, String> queryParameter,
            Function<String, String> header,
            InetSocketAddress remote);
}
