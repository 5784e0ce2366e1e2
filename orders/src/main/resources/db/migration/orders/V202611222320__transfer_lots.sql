-- A transfer line may name the batch (lot) its packs come from; the same SKU may then go in
-- several lines, one per lot.
ALTER TABLE orders.transfer_lines ADD COLUMN lot text;
ALTER TABLE orders.transfer_lines DROP CONSTRAINT transfer_lines_pkey;
CREATE UNIQUE INDEX transfer_lines_key ON orders.transfer_lines (transfer_id, variant_sku, coalesce(lot, ''));
