package vn.ocop.platform.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;
import vn.ocop.platform.identity.api.AccountView;
import vn.ocop.platform.identity.api.Role;

/**
 * A row of {@code platform.accounts}. Invariant: a producer member has a producer, staff a sale
 * point.
 */
@MappedEntity(value = "accounts", schema = "platform")
record Account(
        @Id UUID id,
        @Nullable String email,
        @Nullable String phone,
        String displayName,
        String passwordHash,
        Role role,
        @Nullable UUID producerId,
        @Nullable UUID salePointId,
        String locale,
        boolean enabled,
        @GeneratedValue @Nullable Instant createdAt) {

    AccountView view() {
        return new AccountView(
                id, email, phone, displayName, role, producerId, salePointId, locale);
    }
}
