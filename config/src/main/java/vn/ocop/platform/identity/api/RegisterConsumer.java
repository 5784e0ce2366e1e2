package vn.ocop.platform.identity.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Self-registration of a consumer: an e-mail address or a Vietnamese phone number, or both. */
@Serdeable
public record RegisterConsumer(
        @Nullable @Email @Size(max = 254) String email,
        @Nullable @Pattern(regexp = Identifiers.PHONE_PATTERN, message = "{identity.phone.invalid}")
                String phone,
        @NotBlank @Size(max = 200) String displayName,
        @NotBlank @Size(min = 8, max = 72) String password,
        @Nullable @Pattern(regexp = "vi|en") String locale) {}
