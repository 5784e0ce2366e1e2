-- The office's targets: how many OCOP-certified products a province aims to have in a product
-- group by the end of a year. Reports set them against the products certified today.
CREATE TABLE province_targets (
    province_code  VARCHAR(32) NOT NULL REFERENCES provinces (code),
    group_code     VARCHAR(32) NOT NULL REFERENCES product_groups (code),
    year           SMALLINT    NOT NULL CHECK (year BETWEEN 2018 AND 2100),
    target_count   INTEGER     NOT NULL CHECK (target_count BETWEEN 0 AND 100000),
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (year, province_code, group_code)
);
