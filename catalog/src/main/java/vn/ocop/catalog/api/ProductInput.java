package vn.ocop.catalog.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** A listing's content as its producer writes it. */
@Serdeable
public record ProductInput(
        @NotBlank @Size(max = 300) String nameVi,
        @Nullable @Size(max = 300) String nameEn,
        @Nullable @Size(max = 20000) String descriptionVi,
        @Nullable @Size(max = 20000) String descriptionEn,
        @NotBlank @Size(max = 32) String group,
        @Nullable @Size(max = 48) String subgroup,
        @NotEmpty @Size(max = 10) List<@NotNull UUID> producerIds,
        @NotEmpty @Size(max = 20) List<@Valid @NotNull OriginInput> origins,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull VariantInput> variants,
        @Nullable Regulation regulated,
        @Nullable @Size(max = 80) String declarationNumber,
        boolean perishable,
        @Nullable @Positive Integer shelfLifeDays,
        boolean service) {}
