/**
 * The PostgreSQL search engine: {@code catalog.search_documents} with GIN-indexed word arrays,
 * {@code catalog.search_terms} for similar spellings ({@code fuzzystrmatch}), {@code pg_trgm} for
 * suggestions, and {@code catalog.search_versions} ordering concurrent writes.
 */
package vn.ocop.catalog.search.postgres;
