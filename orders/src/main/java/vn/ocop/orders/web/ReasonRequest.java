package vn.ocop.orders.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

/** A free-text reason or note for a transition. */
@Serdeable
record ReasonRequest(@Nullable @Size(max = 500) String reason) {}
