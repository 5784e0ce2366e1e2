package vn.ocop.catalog.api;

/**
 * Query expansion for the search engines. Backed by an in-memory dictionary that an office edit
 * refreshes at once on this instance; other instances reload it within a short interval ({@code
 * ocop.catalog.synonyms.reload-after}, 30 s by default).
 */
public interface SynonymsApi {

    /** The folded query and its alternative folded phrasings; none for a blank query. */
    QueryExpansion expand(String query);
}
