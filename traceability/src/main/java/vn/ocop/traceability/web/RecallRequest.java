package vn.ocop.traceability.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Why a batch is recalled (lý do thu hồi); shown on every scan of its packs. */
@Serdeable
record RecallRequest(@Nullable String reason) {}
