package vn.ocop.catalog.synonym;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** A set of equivalent phrasings: the term and its alternatives stand for one another. */
@MappedEntity(value = "synonyms", schema = "catalog")
record Synonym(
        @Id @GeneratedValue @Nullable Long id,
        String term,
        String termFolded,
        @TypeDef(type = DataType.STRING_ARRAY) List<String> alternatives,
        String kind,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    SynonymView view() {
        return new SynonymView(
                id, term, alternatives, SynonymKind.valueOf(kind), createdAt, updatedAt);
    }

    /** Every phrasing of the set, the term first. */
    List<String> phrasings() {
        return Stream.concat(Stream.of(term), alternatives.stream()).toList();
    }
}
