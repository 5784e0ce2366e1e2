package vn.ocop.catalog.search;

/**
 * An engine found no index and created an empty one (first start on Elasticsearch, or an index
 * deleted by hand): the catalogue must be indexed in full.
 */
public record SearchIndexCreated(String engine) {}
