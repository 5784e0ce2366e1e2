-- The price facet counts a product once in each band that holds one of its prices. Counting that
-- from the prices at query time took a DISTINCT over (product, band) pairs, about a quarter of the
-- cost of a common word's search at 20,000 products (BENCHMARKS.md, PostgreSQL search); the
-- bands are now written with the document (DocumentRows, vn.ocop.catalog.search.PriceBand ordinals).
ALTER TABLE search_documents ADD COLUMN price_bands SMALLINT[];

-- Existing rows, with PriceBand's bounds as of this migration (100,000 / 300,000 / 1,000,000 VND);
-- every later write and every reindex computes them from PriceBand itself.
UPDATE search_documents
   SET price_bands = ARRAY(SELECT DISTINCT width_bucket(x, ARRAY[100000, 300000, 1000000]::bigint[])::smallint
                             FROM unnest(prices) AS x ORDER BY 1);

ALTER TABLE search_documents ALTER COLUMN price_bands SET NOT NULL;

DROP INDEX search_documents_facets;
CREATE INDEX search_documents_facets ON search_documents (valid_until)
    INCLUDE (product_id, group_code, province_codes, stars, prices, price_bands);
