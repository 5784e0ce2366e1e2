/**
 * The Elasticsearch search engine, the only catalogue package that uses the {@code co.elastic}
 * client: an index behind an alias with an explicit mapping ({@code products-index.json}),
 * constant-score queries that rank like the PostgreSQL engine, external versions, and rebuilds
 * swapped in atomically.
 */
package vn.ocop.catalog.search.elasticsearch;
