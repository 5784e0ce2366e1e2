-- Counter sales join the one payment log. Each sale gets a readable number from the orders'
-- sequence, in the orders' format (OCOP-YYYY-NNNNNN): the payment log refers to it, a receipt
-- prints it and a VietQR transfer carries it back to the bank notification. The sale also keeps
-- where its money stands: a cash sale is paid at once, a VietQR sale awaits the transfer.
ALTER TABLE orders.pos_sales ADD COLUMN number text;
ALTER TABLE orders.pos_sales ADD COLUMN payment_status text NOT NULL DEFAULT 'PAID'
    CHECK (payment_status IN ('AWAITING_PAYMENT', 'PAID', 'REFUNDED'));
-- the payment log's id of the settling payment
ALTER TABLE orders.pos_sales ADD COLUMN payment_id text;

-- Sales recorded before were taken as paid on the staff's word: they are numbered in the order
-- they were sold and their money is written to the log as received at the counter.
WITH ordered AS (
    SELECT id, sold_at FROM orders.pos_sales ORDER BY sold_at, id
), numbered AS (
    SELECT id, sold_at, nextval('orders.order_numbers') AS n FROM ordered
)
UPDATE orders.pos_sales s
   SET number = 'OCOP-' || to_char(numbered.sold_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY')
                || '-' || lpad(numbered.n::text, 6, '0')
  FROM numbered
 WHERE s.id = numbered.id;

INSERT INTO orders.payments (id, order_number, method, amount_vnd, status, provider, note,
                             recorded_by, created_at, updated_at)
SELECT gen_random_uuid(), number, payment_method, total_vnd, 'SUCCEEDED',
       CASE payment_method WHEN 'CASH' THEN 'cash' ELSE 'counter' END,
       'recorded at the counter before counter sales were in the payment log',
       sold_by, sold_at, sold_at
  FROM orders.pos_sales
 WHERE total_vnd > 0;

UPDATE orders.pos_sales s SET payment_id = p.id::text
  FROM orders.payments p
 WHERE p.order_number = s.number;

ALTER TABLE orders.pos_sales ALTER COLUMN number SET NOT NULL;
ALTER TABLE orders.pos_sales ALTER COLUMN payment_status DROP DEFAULT;
ALTER TABLE orders.pos_sales ADD CONSTRAINT pos_sales_number UNIQUE (number);
