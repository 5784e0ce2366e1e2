package vn.ocop.catalog.synonym;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A synonym as the office writes it: a term, its equivalent alternatives (1 to 20, each at most 100
 * characters) and a kind: {@code SPELLING}, {@code PLACE} or {@code PRODUCT}.
 */
@Serdeable
record SynonymDraft(
        @Nullable String term, @Nullable List<String> alternatives, @Nullable String kind) {}
