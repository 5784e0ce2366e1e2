package vn.ocop.traceability.api;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A production batch as other modules see it: which variant (GTIN, SKU) and product, whose, its
 * dates and size, whether it is recalled, and the GS1 Digital Link URI its QR code carries.
 *
 * @param unit {@code PIECE}, {@code KG}, {@code G}, {@code TONNE}, {@code L} or {@code ML}
 * @param lastSaleDay the earlier of expiry and best-before: packs may be sold through this day
 */
@Serdeable
public record BatchView(
        UUID id,
        String gtin,
        String lot,
        UUID productId,
        String variantSku,
        UUID producerId,
        LocalDate productionDate,
        LocalDate expiryDate,
        LocalDate bestBeforeDate,
        LocalDate lastSaleDay,
        BigDecimal quantity,
        String unit,
        boolean recalled,
        String recallReason,
        Instant recalledAt,
        String digitalLink) {}
