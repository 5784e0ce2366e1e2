-- One provider-agnostic payment log. Orders are referenced by their readable number (the order
-- tables belong to the order side of the module and may change without touching these).

CREATE TABLE orders.payments (
    id              uuid PRIMARY KEY,
    order_number    text        NOT NULL,
    method          text        NOT NULL CHECK (method IN ('COD', 'VIETQR', 'CARD', 'CASH')),
    amount_vnd      bigint      NOT NULL CHECK (amount_vnd >= 0),
    -- PENDING: started (a Stripe Checkout Session); SUCCEEDED: money received, order settled;
    -- REVIEW: money received that did not settle the order (wrong amount, late, twice) and waits
    -- for the office; FAILED; REFUNDED
    status          text        NOT NULL
        CHECK (status IN ('PENDING', 'SUCCEEDED', 'REVIEW', 'FAILED', 'REFUNDED')),
    provider        text        NOT NULL,
    -- the provider's references: Checkout Session id, PaymentIntent id, bank transaction id
    provider_ref    text,
    provider_ref2   text,
    note            text,
    recorded_by     uuid,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL
);

-- At most one payment settles an order, whatever the order of concurrent deliveries.
CREATE UNIQUE INDEX payments_one_settlement ON orders.payments (order_number)
    WHERE status IN ('SUCCEEDED', 'REFUNDED');
CREATE INDEX payments_order ON orders.payments (order_number);
CREATE UNIQUE INDEX payments_provider_ref ON orders.payments (provider, provider_ref)
    WHERE provider_ref IS NOT NULL;
CREATE INDEX payments_provider_ref2 ON orders.payments (provider, provider_ref2)
    WHERE provider_ref2 IS NOT NULL;

-- Every notification from a provider (a Stripe event, a bank transfer notice or statement line)
-- and every office action, written in the transaction of the change it caused. The unique
-- (provider, external_id) makes a redelivery change nothing.
CREATE TABLE orders.payment_events (
    id              bigserial   PRIMARY KEY,
    provider        text        NOT NULL,
    external_id     text        NOT NULL,
    type            text        NOT NULL,
    order_number    text,
    payment_id      uuid        REFERENCES orders.payments (id),
    amount_vnd      bigint,
    -- SETTLED, UNDERPAID, OVERPAID, ALREADY_PAID, NOT_AWAITING, UNMATCHED, FAILED, EXPIRED,
    -- REFUNDED, CONFIRMED, COLLECTED, IGNORED
    outcome         text        NOT NULL,
    needs_review    boolean     NOT NULL DEFAULT false,
    content         text,
    occurred_at     timestamptz,
    received_at     timestamptz NOT NULL,
    actor           uuid,
    note            text,
    reviewed_by     uuid,
    reviewed_at     timestamptz,
    review_note     text,
    CONSTRAINT payment_events_once UNIQUE (provider, external_id)
);

CREATE INDEX payment_events_review ON orders.payment_events (received_at)
    WHERE needs_review AND reviewed_at IS NULL;
CREATE INDEX payment_events_order ON orders.payment_events (order_number);
