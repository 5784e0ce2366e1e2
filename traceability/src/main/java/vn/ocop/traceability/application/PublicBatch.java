package vn.ocop.traceability.application;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The basics the public scan page shows for a batch (Circular 02/2024/TT-BKHCN: product name,
 * producer name and address, production time, code, expiry), and the recall banner.
 */
@Serdeable
public record PublicBatch(
        String gtin,
        String lot,
        String digitalLink,
        UUID productId,
        String productNameVi,
        String productNameEn,
        List<Producer> producers,
        LocalDate productionDate,
        LocalDate expiryDate,
        LocalDate bestBeforeDate,
        boolean recalled,
        String recallReason,
        Instant recalledAt) {

    @Serdeable
    public record Producer(UUID id, String name, String provinceCode, String address) {}
}
