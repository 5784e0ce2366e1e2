package vn.ocop.platform.identity.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * An account created by the OCOP office: a producer member (bound to a producer), sale-point staff
 * (bound to a sale point), another office admin, or a consumer on someone's behalf.
 */
@Serdeable
public record CreateAccount(
        @Nullable @Email @Size(max = 254) String email,
        @Nullable @Pattern(regexp = Identifiers.PHONE_PATTERN, message = "{identity.phone.invalid}")
                String phone,
        @NotBlank @Size(max = 200) String displayName,
        @NotBlank @Size(min = 8, max = 72) String password,
        @NotNull Role role,
        @Nullable UUID producerId,
        @Nullable UUID salePointId) {}
