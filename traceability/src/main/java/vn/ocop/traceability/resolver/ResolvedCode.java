package vn.ocop.traceability.resolver;

import java.util.UUID;

/**
 * A code the resolver found: its GTIN-14, lot and serial (both optional), and the product and batch
 * they belong to ({@code batchId} null for a GTIN-level code).
 */
public record ResolvedCode(
        String gtin,
        String lot,
        String serial,
        UUID productId,
        UUID producerId,
        UUID batchId,
        boolean recalled) {}
