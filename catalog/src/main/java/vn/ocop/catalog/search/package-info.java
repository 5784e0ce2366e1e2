/**
 * Catalogue search: {@link vn.ocop.catalog.api.ProductSearchApi} (search with facets, suggestions)
 * over one port, {@link vn.ocop.catalog.search.SearchEngine}, with a PostgreSQL engine (default)
 * and an Elasticsearch engine (when {@code ocop.elasticsearch.url} is set) that rank alike. Listens
 * to the outbox topic {@code catalog.product-changed} and keeps the index to what the public may
 * see; the office rebuilds it with a full reindex. Uses the catalogue's {@code api}, the kernel's
 * folding and the platform's outbox. See {@code docs/adr/0010-search-two-engines.md}.
 */
package vn.ocop.catalog.search;
