-- Idempotency keys belong to a caller (an account, a guest's cart, or a guest's phone): two
-- buyers who happen to send the same key never share an order.
ALTER TABLE orders.idempotency_keys ADD COLUMN scope text NOT NULL DEFAULT '';
ALTER TABLE orders.idempotency_keys ALTER COLUMN scope DROP DEFAULT;
ALTER TABLE orders.idempotency_keys DROP CONSTRAINT idempotency_keys_pkey;
ALTER TABLE orders.idempotency_keys ADD PRIMARY KEY (scope, key);
