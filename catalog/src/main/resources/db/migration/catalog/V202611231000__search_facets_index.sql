-- Facet counts of a browse without words scan every visible product. This narrow covering index
-- lets PostgreSQL count them with an index-only scan (about a tenth of the table's pages at 20,000
-- products) instead of reading the wide rows with their word arrays. ADR 0010.
CREATE INDEX search_documents_facets ON search_documents (valid_until)
    INCLUDE (product_id, group_code, province_codes, stars, prices);

-- Bumped in the same transaction as every write to search_documents: facet counts cached for a
-- generation can never outlive the data they were counted from (PostgresFacetCache).
CREATE TABLE search_generation (
    id      BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (id),
    value   BIGINT NOT NULL
);
INSERT INTO search_generation (id, value) VALUES (TRUE, 0);
