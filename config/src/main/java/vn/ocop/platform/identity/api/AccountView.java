package vn.ocop.platform.identity.api;

import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/** An account as other modules and clients see it; never carries the password hash. */
@Serdeable
public record AccountView(
        UUID id,
        String email,
        String phone,
        String displayName,
        Role role,
        UUID producerId,
        UUID salePointId,
        String locale) {}
