/**
 * Elasticsearch wiring: the one place (with the test kit) that imports the {@code co.elastic}
 * client. An {@code ElasticsearchClient} bean exists only when {@code ocop.elasticsearch.url} is
 * set; without it the application searches with PostgreSQL, and the {@code search} health component
 * says so.
 */
package vn.ocop.platform.elasticsearch;
