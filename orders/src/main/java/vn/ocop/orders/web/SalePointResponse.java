package vn.ocop.orders.web;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;
import vn.ocop.orders.domain.SalePoint;

/** A sale point as the API shows it. */
@Serdeable
record SalePointResponse(
        UUID id,
        String name,
        String level,
        String kind,
        String provinceCode,
        String commune,
        String street,
        String operatorName,
        String operatorPhone,
        UUID producerId,
        boolean active,
        Instant createdAt,
        UUID locationId) {

    static SalePointResponse of(SalePoint s) {
        return new SalePointResponse(
                s.id(),
                s.name(),
                s.level().name(),
                s.kind().name(),
                s.provinceCode(),
                s.commune(),
                s.street(),
                s.operatorName(),
                s.operatorPhone(),
                s.producerId(),
                s.active(),
                s.createdAt(),
                s.locationId());
    }
}
