-- Product photos; the files live under OCOP_DATA_DIR/images/products/<product>/.
CREATE TABLE product_images (
    id            UUID PRIMARY KEY,
    product_id    UUID NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    position      SMALLINT NOT NULL,
    content_type  VARCHAR(32) NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
    width         INTEGER NOT NULL CHECK (width > 0),
    height        INTEGER NOT NULL CHECK (height > 0),
    bytes         INTEGER NOT NULL CHECK (bytes > 0),
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX product_images_product ON product_images (product_id, position);
