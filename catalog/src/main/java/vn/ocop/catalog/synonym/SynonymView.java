package vn.ocop.catalog.synonym;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** A synonym as the office sees it. */
@Serdeable
record SynonymView(
        long id,
        String term,
        List<String> alternatives,
        SynonymKind kind,
        Instant createdAt,
        Instant updatedAt) {}
