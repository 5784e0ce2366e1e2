-- Identity: who may log in, with which role, bound to which producer or sale point.
CREATE TABLE accounts (
    id             UUID PRIMARY KEY,
    email          VARCHAR(254) UNIQUE,
    phone          VARCHAR(20)  UNIQUE,
    display_name   VARCHAR(200) NOT NULL,
    password_hash  VARCHAR(100) NOT NULL,
    role           VARCHAR(32)  NOT NULL
        CHECK (role IN ('CONSUMER', 'PRODUCER_MEMBER', 'SALE_POINT_STAFF', 'OFFICE_ADMIN')),
    producer_id    UUID,
    sale_point_id  UUID,
    locale         VARCHAR(8)   NOT NULL DEFAULT 'vi',
    enabled        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT accounts_identifier_present CHECK (email IS NOT NULL OR phone IS NOT NULL),
    CONSTRAINT accounts_binding CHECK (
        (role = 'PRODUCER_MEMBER') = (producer_id IS NOT NULL)
        AND (role = 'SALE_POINT_STAFF') = (sale_point_id IS NOT NULL))
);

-- Failed logins per identifier, for throttling; kept short and pruned on success.
CREATE TABLE login_failures (
    id          BIGSERIAL PRIMARY KEY,
    identifier  VARCHAR(254) NOT NULL,
    failed_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX login_failures_identifier_time ON login_failures (identifier, failed_at);
