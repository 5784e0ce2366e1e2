package vn.ocop.traceability.application;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.ocop.bench.fuzz.Findings;
import vn.ocop.catalog.api.ProductsApi;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.identity.api.Role;
import vn.ocop.traceability.epcis.CaptureJob;
import vn.ocop.traceability.epcis.EpcisEvent;
import vn.ocop.traceability.epcis.EpcisSchema;

/**
 * Jazzer target for EPCIS capture: the application's real entry point {@link EventCapture#capture}
 * (size limit, JSON parsing, EPCIS 2.0.1 schema validation, document type, event indexing, GTIN
 * ownership check), with the one database step, storing, replaced by a store that keeps nothing.
 * Lives in the application package because EventCapture's constructor is package-private; nothing
 * here is part of the application.
 */
public final class EpcisCaptureFuzz {

    private static final EventCapture CAPTURE =
            new EventCapture(
                    new EpcisSchema(),
                    new CaptureStore(null, null) {
                        @Override
                        CaptureJob save(CaptureJob job, List<EpcisEvent> captured) {
                            return job;
                        }
                    },
                    null,
                    noProducts(),
                    Clock.fixed(Instant.parse("2026-01-05T08:00:00Z"), ZoneId.of("UTC")));

    private static final Caller OFFICE =
            new Caller(UUID.randomUUID(), Role.OFFICE_ADMIN, null, null);
    private static final Caller MEMBER =
            new Caller(UUID.randomUUID(), Role.PRODUCER_MEMBER, UUID.randomUUID(), null);

    private EpcisCaptureFuzz() {}

    public static void fuzzerTestOneInput(byte[] body) {
        Caller caller = body.length % 2 == 0 ? OFFICE : MEMBER;
        Findings.expectOnlyDocumentedRefusals(() -> CAPTURE.capture(caller, body));
    }

    /** A catalogue that knows no GTIN, as for codes of products not listed here. */
    private static ProductsApi noProducts() {
        return (ProductsApi)
                Proxy.newProxyInstance(
                        ProductsApi.class.getClassLoader(),
                        new Class<?>[] {ProductsApi.class},
                        (proxy, method, args) ->
                                method.getReturnType() == Optional.class
                                        ? Optional.empty()
                                        : List.of());
    }
}
