-- Which order events already produced their e-mails (order placed, new order for a producer,
-- parcel shipped). The mail job claims an event by inserting here, in the transaction that
-- enqueues the e-mails, so each event mails once across instances and redeliveries.
CREATE TABLE orders.order_mail_log (
    event_id  bigint      PRIMARY KEY,
    mailed_at timestamptz NOT NULL
);
