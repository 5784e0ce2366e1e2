-- Sale points, stock locations and levels, movements, transfers, carts, delivery fees, orders.

CREATE TABLE orders.sale_points (
    id             uuid PRIMARY KEY,
    name           text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    level          text NOT NULL CHECK (level IN ('PROVINCIAL', 'DISTRICT', 'COMMUNE', 'PRODUCER_OWNED', 'OUT_OF_PROVINCE_CENTRE')),
    kind           text NOT NULL CHECK (kind IN ('OCOP_CENTRE', 'SUPERMARKET_BOOTH', 'MARKET_BOOTH', 'TOURIST_SITE_BOOTH', 'AIRPORT_BOOTH', 'SHOP', 'OTHER')),
    province_code  text NOT NULL,
    commune        text NOT NULL,
    street         text NOT NULL,
    operator_name  text NOT NULL,
    operator_phone text,
    producer_id    uuid,
    active         boolean NOT NULL DEFAULT true,
    created_at     timestamptz NOT NULL,
    created_by     uuid NOT NULL
);

-- A place holding stock: a producer's warehouse or a sale point.
CREATE TABLE orders.stock_locations (
    id            uuid PRIMARY KEY,
    kind          text NOT NULL CHECK (kind IN ('WAREHOUSE', 'SALE_POINT')),
    producer_id   uuid,
    sale_point_id uuid REFERENCES orders.sale_points (id),
    name          text NOT NULL,
    created_at    timestamptz NOT NULL,
    CHECK ((kind = 'WAREHOUSE' AND producer_id IS NOT NULL AND sale_point_id IS NULL)
        OR (kind = 'SALE_POINT' AND sale_point_id IS NOT NULL))
);
-- every sale point is exactly one location; a producer's first warehouse is its default
CREATE UNIQUE INDEX stock_locations_sale_point ON orders.stock_locations (sale_point_id) WHERE kind = 'SALE_POINT';
CREATE INDEX stock_locations_producer ON orders.stock_locations (producer_id, created_at);
CREATE UNIQUE INDEX stock_locations_default_warehouse ON orders.stock_locations (producer_id)
    WHERE kind = 'WAREHOUSE' AND name = 'default';

CREATE TABLE orders.stock_levels (
    location_id uuid   NOT NULL REFERENCES orders.stock_locations (id),
    variant_sku text   NOT NULL,
    producer_id uuid   NOT NULL,
    on_hand     bigint NOT NULL DEFAULT 0 CHECK (on_hand >= 0),
    reserved    bigint NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (location_id, variant_sku),
    CONSTRAINT reserved_within_on_hand CHECK (reserved <= on_hand)
);

-- One row for every change of on_hand or reserved.
CREATE TABLE orders.stock_movements (
    id             bigserial PRIMARY KEY,
    location_id    uuid   NOT NULL REFERENCES orders.stock_locations (id),
    variant_sku    text   NOT NULL,
    on_hand_delta  bigint NOT NULL,
    reserved_delta bigint NOT NULL,
    reason         text   NOT NULL,
    reference      text,
    note           text,
    actor          uuid,
    at             timestamptz NOT NULL
);
CREATE INDEX stock_movements_level ON orders.stock_movements (location_id, variant_sku, at);

CREATE TABLE orders.transfers (
    id               uuid PRIMARY KEY,
    from_location_id uuid NOT NULL REFERENCES orders.stock_locations (id),
    to_location_id   uuid NOT NULL REFERENCES orders.stock_locations (id),
    producer_id      uuid NOT NULL,
    status           text NOT NULL CHECK (status IN ('CREATED', 'SHIPPED', 'RECEIVED', 'CANCELLED')),
    created_at       timestamptz NOT NULL,
    created_by       uuid NOT NULL,
    shipped_at       timestamptz,
    received_at      timestamptz,
    received_by      uuid,
    CHECK (from_location_id <> to_location_id)
);

CREATE TABLE orders.transfer_lines (
    transfer_id uuid   NOT NULL REFERENCES orders.transfers (id),
    variant_sku text   NOT NULL,
    quantity    bigint NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (transfer_id, variant_sku)
);

-- Carts: a guest cart (identified by its secret id) or an account's cart.
CREATE TABLE orders.carts (
    id         uuid PRIMARY KEY,
    account_id uuid UNIQUE,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);

CREATE TABLE orders.cart_lines (
    cart_id     uuid   NOT NULL REFERENCES orders.carts (id) ON DELETE CASCADE,
    variant_sku text   NOT NULL,
    quantity    bigint NOT NULL CHECK (quantity > 0 AND quantity <= 999),
    added_at    timestamptz NOT NULL,
    PRIMARY KEY (cart_id, variant_sku)
);

-- Home-delivery fees the office edits: per province ('*' = any other) and weight band.
CREATE TABLE orders.delivery_fees (
    province_code     text   NOT NULL,
    max_weight_grams  int    NOT NULL CHECK (max_weight_grams > 0),
    fee_vnd           bigint NOT NULL CHECK (fee_vnd >= 0),
    PRIMARY KEY (province_code, max_weight_grams)
);
INSERT INTO orders.delivery_fees (province_code, max_weight_grams, fee_vnd) VALUES
    ('*', 1000, 30000), ('*', 3000, 45000), ('*', 10000, 80000), ('*', 30000, 150000);

CREATE SEQUENCE orders.order_numbers;

CREATE TABLE orders.orders (
    id                 uuid PRIMARY KEY,
    number             text NOT NULL UNIQUE,
    status             text NOT NULL CHECK (status IN ('PENDING_PAYMENT', 'CONFIRMED', 'COMPLETED', 'CANCELLED', 'REFUNDED', 'RETURNED')),
    payment_method     text NOT NULL CHECK (payment_method IN ('COD', 'VIETQR', 'CARD')),
    settled            boolean NOT NULL DEFAULT false,
    payment_id         text,
    buyer_account_id   uuid,
    buyer_name         text NOT NULL,
    buyer_phone        text NOT NULL,
    buyer_email        text,
    delivery           text NOT NULL CHECK (delivery IN ('HOME', 'PICKUP')),
    province_code      text,
    commune            text,
    street             text,
    pickup_sale_point  uuid REFERENCES orders.sale_points (id),
    goods_vnd          bigint NOT NULL CHECK (goods_vnd >= 0),
    delivery_fee_vnd   bigint NOT NULL CHECK (delivery_fee_vnd >= 0),
    total_vnd          bigint NOT NULL CHECK (total_vnd = goods_vnd + delivery_fee_vnd),
    reserved_until     timestamptz,
    placed_at          timestamptz NOT NULL,
    version            int NOT NULL DEFAULT 0,
    CHECK ((delivery = 'HOME' AND province_code IS NOT NULL AND commune IS NOT NULL AND street IS NOT NULL)
        OR (delivery = 'PICKUP' AND pickup_sale_point IS NOT NULL))
);
CREATE INDEX orders_buyer ON orders.orders (buyer_account_id, placed_at DESC);
CREATE INDEX orders_expiring ON orders.orders (reserved_until) WHERE status = 'PENDING_PAYMENT';

CREATE TABLE orders.fulfilments (
    id              uuid PRIMARY KEY,
    order_id        uuid NOT NULL REFERENCES orders.orders (id),
    producer_id     uuid NOT NULL,
    location_id     uuid NOT NULL REFERENCES orders.stock_locations (id),
    status          text NOT NULL CHECK (status IN ('AWAITING_PAYMENT', 'TO_PACK', 'PACKED', 'SHIPPED', 'DELIVERED', 'DELIVERY_FAILED', 'RETURNED', 'CANCELLED')),
    tracking_number text,
    UNIQUE (order_id, producer_id)
);
CREATE INDEX fulfilments_producer ON orders.fulfilments (producer_id, status);

CREATE TABLE orders.order_lines (
    fulfilment_id  uuid   NOT NULL REFERENCES orders.fulfilments (id),
    line_no        int    NOT NULL,
    product_id     uuid   NOT NULL,
    variant_sku    text   NOT NULL,
    name           text   NOT NULL,
    unit_price_vnd bigint NOT NULL CHECK (unit_price_vnd >= 0),
    quantity       bigint NOT NULL CHECK (quantity > 0),
    lot            text,
    booking_date   date,
    PRIMARY KEY (fulfilment_id, line_no)
);

-- Every transition of an order or one of its fulfilments, with who and when.
CREATE TABLE orders.order_events (
    id            bigserial PRIMARY KEY,
    order_id      uuid NOT NULL REFERENCES orders.orders (id),
    fulfilment_id uuid,
    from_status   text,
    to_status     text NOT NULL,
    actor         text NOT NULL,
    note          text,
    at            timestamptz NOT NULL
);
CREATE INDEX order_events_order ON orders.order_events (order_id, id);

-- Idempotency-Key of order creation: the first request's fingerprint and its order.
CREATE TABLE orders.idempotency_keys (
    key          text PRIMARY KEY,
    request_hash text NOT NULL,
    order_id     uuid NOT NULL,
    created_at   timestamptz NOT NULL
);
