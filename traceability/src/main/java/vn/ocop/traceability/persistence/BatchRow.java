package vn.ocop.traceability.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One row of {@code traceability.batches}, column for column; {@code details} is JSON text. */
record BatchRow(
        UUID id,
        String gtin,
        String lot,
        UUID productId,
        String variantSku,
        UUID producerId,
        LocalDate productionDate,
        LocalDate expiryDate,
        LocalDate bestBeforeDate,
        BigDecimal quantity,
        String unit,
        String productionSite,
        String details,
        Instant registeredAt,
        UUID registeredBy,
        Instant recalledAt,
        UUID recalledBy,
        String recalledByRole,
        String recallReason) {}
