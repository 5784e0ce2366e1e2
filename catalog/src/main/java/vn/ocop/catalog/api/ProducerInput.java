package vn.ocop.catalog.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** What the office (or the producer itself, for its own record) enters about a producer. */
@Serdeable
public record ProducerInput(
        @NotBlank @Size(max = 300) String name,
        @NotNull LegalForm legalForm,
        @Nullable @Size(max = 60) String registrationNumber,
        @NotBlank @Size(max = 16) String provinceCode,
        @NotBlank @Size(max = 200) String commune,
        @NotBlank @Size(max = 500) String address,
        @NotBlank @Size(max = 200) String representative,
        @Nullable @Size(max = 20) String phone,
        @Nullable @Email @Size(max = 254) String email,
        @Nullable @PositiveOrZero Integer memberCount,
        @Nullable @Size(max = 20000) String storyVi,
        @Nullable @Size(max = 20000) String storyEn) {}
