package vn.ocop.catalog.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The office's list of search synonyms as its pages edit it (the same rules as {@code
 * /api/v1/office/synonyms}); every change refreshes {@link SynonymsApi} on this instance at once.
 */
public interface OfficeSynonymsApi {

    /**
     * One set of equivalent phrasings.
     *
     * @param kind SPELLING, PLACE or PRODUCT
     */
    @Serdeable
    record Synonym(long id, String term, List<String> alternatives, String kind) {}

    /** A synonym as the office types it; null parts are refused by field. */
    @Serdeable
    record SynonymInput(
            @Nullable String term, @Nullable List<String> alternatives, @Nullable String kind) {}

    /** Every synonym by its folded term. */
    List<Synonym> synonyms();

    /**
     * @throws vn.ocop.kernel.DomainException naming the refused fields ({@code term}, {@code
     *     alternatives[i]}, {@code kind}), or SYNONYM_EXISTS
     */
    Synonym addSynonym(SynonymInput input);

    /**
     * @throws vn.ocop.kernel.DomainException as {@link #addSynonym}, or SYNONYM_NOT_FOUND
     */
    Synonym changeSynonym(long id, SynonymInput input);

    /**
     * @throws vn.ocop.kernel.DomainException SYNONYM_NOT_FOUND
     */
    void removeSynonym(long id);
}
