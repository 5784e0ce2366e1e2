-- Producers (chủ thể OCOP), products with variants, and OCOP certificates.

CREATE TABLE producers (
    id                   UUID PRIMARY KEY,
    name                 VARCHAR(300) NOT NULL,
    name_folded          VARCHAR(300) NOT NULL,
    legal_form           VARCHAR(40)  NOT NULL,
    registration_number  VARCHAR(60),
    province_code        VARCHAR(16)  NOT NULL,
    commune              VARCHAR(200) NOT NULL,
    address              VARCHAR(500) NOT NULL,
    representative       VARCHAR(200) NOT NULL,
    phone                VARCHAR(20),
    email                VARCHAR(254),
    member_count         INTEGER CHECK (member_count IS NULL OR member_count >= 0),
    story_vi             TEXT NOT NULL DEFAULT '',
    story_en             TEXT NOT NULL DEFAULT '',
    status               VARCHAR(16)  NOT NULL DEFAULT 'PENDING'
        CHECK (status IN ('PENDING', 'VERIFIED', 'SUSPENDED')),
    status_reason        VARCHAR(1000),
    created_at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT producers_registration_unique UNIQUE (legal_form, registration_number),
    CONSTRAINT producers_suspension_reason CHECK (status <> 'SUSPENDED' OR status_reason IS NOT NULL)
);
CREATE INDEX producers_status ON producers (status);
CREATE INDEX producers_province ON producers (province_code);

CREATE TABLE products (
    id                   UUID PRIMARY KEY,
    name_vi              VARCHAR(300) NOT NULL,
    name_en              VARCHAR(300),
    name_folded          VARCHAR(300) NOT NULL,
    description_vi       TEXT NOT NULL DEFAULT '',
    description_en       TEXT NOT NULL DEFAULT '',
    group_code           VARCHAR(32)  NOT NULL REFERENCES product_groups (code),
    subgroup_code        VARCHAR(48),
    regulated            VARCHAR(24)  NOT NULL DEFAULT 'NONE'
        CHECK (regulated IN ('NONE', 'ALCOHOL', 'HERBAL_FUNCTIONAL', 'TOBACCO')),
    declaration_number   VARCHAR(80),
    perishable           BOOLEAN      NOT NULL DEFAULT FALSE,
    shelf_life_days      INTEGER CHECK (shelf_life_days IS NULL OR shelf_life_days > 0),
    service              BOOLEAN      NOT NULL DEFAULT FALSE,
    status               VARCHAR(16)  NOT NULL DEFAULT 'DRAFT'
        CHECK (status IN ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED', 'UNPUBLISHED')),
    status_reason        VARCHAR(1000),
    published_at         TIMESTAMPTZ,
    created_at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT products_declaration CHECK (
        regulated NOT IN ('ALCOHOL', 'HERBAL_FUNCTIONAL') OR declaration_number IS NOT NULL),
    CONSTRAINT products_shelf_life CHECK (NOT perishable OR shelf_life_days IS NOT NULL)
);
CREATE INDEX products_status ON products (status);
CREATE INDEX products_group ON products (group_code, subgroup_code);

-- A product may have several producers (a chain of organisations).
CREATE TABLE product_producers (
    product_id   UUID NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    producer_id  UUID NOT NULL REFERENCES producers (id),
    position     SMALLINT NOT NULL,
    PRIMARY KEY (product_id, producer_id)
);
CREATE INDEX product_producers_producer ON product_producers (producer_id);

-- An origin is a province and commune (+ village, + the pre-2025 district); it may span communes.
CREATE TABLE product_origins (
    product_id           UUID NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    position             SMALLINT NOT NULL,
    province_code        VARCHAR(16)  NOT NULL,
    commune              VARCHAR(200) NOT NULL,
    village              VARCHAR(200),
    historical_district  VARCHAR(200),
    PRIMARY KEY (product_id, position)
);
CREATE INDEX product_origins_province ON product_origins (province_code);

CREATE TABLE variants (
    id             UUID PRIMARY KEY,
    product_id     UUID NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    sku            VARCHAR(64)  NOT NULL UNIQUE,
    name_vi        VARCHAR(200) NOT NULL,
    name_en        VARCHAR(200),
    price_vnd      BIGINT       NOT NULL CHECK (price_vnd >= 0),
    weight_grams   INTEGER CHECK (weight_grams IS NULL OR weight_grams > 0),
    gtin           CHAR(14) UNIQUE,
    active         BOOLEAN      NOT NULL DEFAULT TRUE,
    position       SMALLINT     NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX variants_product ON variants (product_id);

-- One row per product and evaluation round; history is kept.
CREATE TABLE certificates (
    id                 UUID PRIMARY KEY,
    product_id         UUID NOT NULL REFERENCES products (id),
    round_year         SMALLINT     NOT NULL CHECK (round_year BETWEEN 2013 AND 2100),
    score              NUMERIC(5,2) NOT NULL CHECK (score BETWEEN 0 AND 100),
    stars              SMALLINT     NOT NULL CHECK (stars BETWEEN 1 AND 5),
    level              VARCHAR(16)  NOT NULL CHECK (level IN ('DISTRICT', 'PROVINCE', 'NATIONAL')),
    authority          VARCHAR(300) NOT NULL,
    decision_number    VARCHAR(80)  NOT NULL,
    decision_date      DATE         NOT NULL,
    valid_from         DATE         NOT NULL,
    valid_until        DATE         NOT NULL,
    status             VARCHAR(16)  NOT NULL
        CHECK (status IN ('VALID', 'EXPIRED', 'REVOKED', 'SUPERSEDED')),
    status_reason      VARCHAR(1000),
    created_at         TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT certificates_validity CHECK (valid_until > valid_from),
    CONSTRAINT certificates_revocation_reason CHECK (status <> 'REVOKED' OR status_reason IS NOT NULL)
);
CREATE INDEX certificates_product ON certificates (product_id, status);
CREATE INDEX certificates_expiry ON certificates (valid_until) WHERE status = 'VALID';
-- At most one valid certificate per product: a new one supersedes the old.
CREATE UNIQUE INDEX certificates_one_valid ON certificates (product_id) WHERE status = 'VALID';
