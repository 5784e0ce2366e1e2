COMMENT ON SCHEMA orders IS 'Stock locations and levels, reservations, carts, orders, fulfilments, payments, POS sales (owned by the orders module)';
