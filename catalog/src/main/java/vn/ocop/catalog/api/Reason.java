package vn.ocop.catalog.api;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A decision's reason (rejection, suspension, revocation), shown to the producer. */
@Serdeable
public record Reason(@NotBlank @Size(max = 1000) String reason) {}
