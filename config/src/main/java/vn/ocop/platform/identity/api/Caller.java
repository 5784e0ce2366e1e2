package vn.ocop.platform.identity.api;

import io.micronaut.security.authentication.Authentication;
import java.util.Optional;
import java.util.UUID;

/**
 * The authenticated caller as use cases need it: who, in which role, bound to which producer or
 * sale point. Built from the JWT, so no database read is needed per request.
 */
public record Caller(UUID accountId, Role role, UUID producerId, UUID salePointId) {

    public static Caller of(Authentication authentication) {
        Role role =
                authentication.getRoles().stream()
                        .map(Role::valueOf)
                        .findFirst()
                        .orElseThrow(
                                () -> new IllegalStateException("Authentication without role"));
        return new Caller(
                UUID.fromString(authentication.getName()),
                role,
                uuid(authentication, "producerId").orElse(null),
                uuid(authentication, "salePointId").orElse(null));
    }

    public boolean isOffice() {
        return role == Role.OFFICE_ADMIN;
    }

    /** True for the office, and for members of exactly this producer. */
    public boolean mayActForProducer(UUID producer) {
        return isOffice() || (role == Role.PRODUCER_MEMBER && producer.equals(producerId));
    }

    /** True for the office, and for staff of exactly this sale point. */
    public boolean mayActForSalePoint(UUID salePoint) {
        return isOffice() || (role == Role.SALE_POINT_STAFF && salePoint.equals(salePointId));
    }

    private static Optional<UUID> uuid(Authentication authentication, String claim) {
        Object value = authentication.getAttributes().get(claim);
        return value == null ? Optional.empty() : Optional.of(UUID.fromString(value.toString()));
    }
}
