package vn.ocop.catalog.api;

import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/** A variant together with the product it belongs to, as orders and traceability look it up. */
@Serdeable
public record VariantRef(UUID productId, VariantView variant) {}
