package vn.ocop.traceability.resolver;

import io.micronaut.http.HttpRequest;

/** Told of every successful GET resolve (the scan log listens); must return at once. */
public interface ResolveListener {

    void resolved(HttpRequest<?> request, ResolvedCode code);
}
