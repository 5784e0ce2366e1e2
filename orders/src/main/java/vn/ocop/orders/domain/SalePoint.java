package vn.ocop.orders.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A sale point (điểm giới thiệu và bán sản phẩm OCOP) registered by the office; it is also a stock
 * location.
 */
public record SalePoint(
        UUID id,
        String name,
        Level level,
        Kind kind,
        String provinceCode,
        String commune,
        String street,
        String operatorName,
        String operatorPhone,
        UUID producerId,
        boolean active,
        Instant createdAt,
        UUID createdBy,
        UUID locationId) {

    /** Who runs it, by administrative level (cấp tỉnh, huyện, xã), or a producer's own shop. */
    public enum Level {
        PROVINCIAL,
        DISTRICT,
        COMMUNE,
        PRODUCER_OWNED,
        OUT_OF_PROVINCE_CENTRE
    }

    /** What kind of place it is. */
    public enum Kind {
        OCOP_CENTRE,
        SUPERMARKET_BOOTH,
        MARKET_BOOTH,
        TOURIST_SITE_BOOTH,
        AIRPORT_BOOTH,
        SHOP,
        OTHER
    }
}
