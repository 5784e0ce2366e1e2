package vn.ocop.catalog.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An evaluation round's result as the office records it: the council's average score gives the
 * stars (configurable bands); validity defaults to 36 months from the decision.
 */
@Serdeable
public record CertificateInput(
        @NotNull @Min(2013) @Max(2100) Integer roundYear,
        @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal score,
        @NotNull EvaluationLevel level,
        @NotBlank @Size(max = 300) String authority,
        @NotBlank @Size(max = 80) String decisionNumber,
        @NotNull LocalDate decisionDate,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validUntil) {}
