/**
 * Search synonyms: the office's table of equivalent phrasings (spelling slips in source data,
 * regional product names, place nicknames) plus the province aliases of {@link
 * vn.ocop.catalog.api.PlacesApi}, turned into a query expansion for the search engines ({@link
 * vn.ocop.catalog.api.SynonymsApi}). The dictionary lives in memory; an office edit refreshes it on
 * this instance after commit, other instances reload it on a short interval.
 */
package vn.ocop.catalog.synonym;
