package vn.ocop.bench;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ocop.testkit.WebClient;

/** What the out-of-process drills share: the seeded shop and the checks of what clients saw. */
final class DrillChecks {

    /** Units received of each SKU. */
    static final long RECEIVED = 1_000_000;

    private DrillChecks() {}

    /** Two verified producers, three published SKUs (two of the first), stock received. */
    static List<String> seed(URI app, String tag) {
        WebClient http = new WebClient(app);
        BenchShop shop =
                new BenchShop(
                        http, "Bearer " + http.token(AppProcess.ADMIN, AppProcess.ADMIN_PASSWORD));
        BenchShop.Producer first = shop.producer("HTX Mật ong Bắc Kạn", tag + "-A");
        BenchShop.Producer second = shop.producer("HTX Gạo ST25 Sóc Trăng", tag + "-B");
        List<String> skus = List.of(tag + "-A1", tag + "-A2", tag + "-B1");
        List<BenchShop.Producer> owners = List.of(first, first, second);
        for (int i = 0; i < skus.size(); i++) {
            shop.product(owners.get(i), skus.get(i));
            shop.receive(owners.get(i), skus.get(i), RECEIVED);
        }
        return skus;
    }

    /** The order number the database holds for each Idempotency-Key. */
    static Map<String, String> ordersByKey(DrillDatabase db) throws SQLException {
        Map<String, String> numbers = new HashMap<>();
        for (String row :
                db.rows(
                        "SELECT k.key, o.number FROM orders.idempotency_keys k JOIN"
                                + " orders.orders o ON o.id = k.order_id")) {
            String[] parts = row.split(" ");
            numbers.put(parts[0], parts[1]);
        }
        return numbers;
    }

    /** Every order a client was told was created (201) is in the database under its key. */
    static int acknowledgedKept(DrillDatabase db, List<CheckoutLoad.Attempt> attempts)
            throws SQLException {
        Map<String, String> byKey = ordersByKey(db);
        List<String> lost = new ArrayList<>();
        long acknowledged = 0;
        for (CheckoutLoad.Attempt a : attempts) {
            if (a.status() == 201) {
                acknowledged++;
                if (!a.number().equals(byKey.get(a.key()))) lost.add(a.number());
            }
        }
        System.out.printf(
                "  check %-95s %s%n",
                "orders acknowledged with 201 (" + acknowledged + ") missing from the database:",
                lost.isEmpty()
                        ? "none — ok"
                        : lost.size() + " — FAIL " + lost.subList(0, Math.min(5, lost.size())));
        return lost.isEmpty() ? 0 : 1;
    }

    /**
     * Posts every attempt that got no answer or a 5xx again with its Idempotency-Key: each must now
     * give 201, and the same order as the database already held for the key, if any.
     */
    static int retriesGiveOneOrder(
            CheckoutLoad load, DrillDatabase db, List<CheckoutLoad.Attempt> attempts)
            throws SQLException {
        Map<String, String> before = ordersByKey(db);
        int retried = 0;
        int committedBefore = 0;
        List<String> wrong = new ArrayList<>();
        for (CheckoutLoad.Attempt a : attempts) {
            if (a.status() != 0 && a.status() < 500) continue;
            retried++;
            String existing = before.get(a.key());
            if (existing != null) committedBefore++;
            CheckoutLoad.Attempt again = load.retry(a);
            if (again.status() != 201 || (existing != null && !existing.equals(again.number()))) {
                wrong.add(
                        a.key()
                                + "→"
                                + again.status()
                                + " "
                                + again.number()
                                + " (had "
                                + existing
                                + ")");
            }
        }
        long keys = 0;
        try (Connection c = db.connect();
                PreparedStatement ps =
                        c.prepareStatement(
                                "SELECT count(*) FROM orders.idempotency_keys WHERE key = ?")) {
            for (CheckoutLoad.Attempt a : attempts) {
                if (a.status() != 0 && a.status() < 500) continue;
                ps.setString(1, a.key());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    keys += rs.getLong(1);
                }
            }
        }
        System.out.printf(
                "  check %-95s %s%n",
                "unanswered/5xx attempts retried with their key ("
                        + retried
                        + ", of which "
                        + committedBefore
                        + " had committed), not giving 201 and the same single order:",
                wrong.isEmpty() && keys == retried
                        ? "none — ok (" + keys + " keys, one order each)"
                        : wrong.size()
                                + " — FAIL "
                                + wrong.subList(0, Math.min(5, wrong.size()))
                                + " keys="
                                + keys);
        return wrong.isEmpty() && keys == retried ? 0 : 1;
    }

    /** Stock back where it should be once every unpaid reservation lapsed. */
    static int stockReturned(DrillDatabase db) throws SQLException {
        long pending =
                db.number("SELECT count(*) FROM orders.orders WHERE status = 'PENDING_PAYMENT'");
        long onHand = db.number("SELECT sum(on_hand) FROM orders.stock_levels");
        long reserved = db.number("SELECT sum(reserved) FROM orders.stock_levels");
        long codUnits =
                db.number(
                        "SELECT coalesce(sum(l.quantity), 0) FROM orders.order_lines l JOIN"
                                + " orders.fulfilments f ON f.id = l.fulfilment_id JOIN"
                                + " orders.orders o ON o.id = f.order_id WHERE o.payment_method ="
                                + " 'COD' AND o.status = 'CONFIRMED'");
        long unpaidLive =
                db.number(
                        "SELECT count(*) FROM orders.orders WHERE payment_method <> 'COD' AND"
                                + " status <> 'CANCELLED'");
        boolean ok =
                pending == 0 && unpaidLive == 0 && onHand == 3 * RECEIVED && reserved == codUnits;
        System.out.printf(
                "  check %-95s %s%n",
                "stock returned after the reservations lapsed:",
                "awaiting payment "
                        + pending
                        + ", unpaid VietQR/card not cancelled "
                        + unpaidLive
                        + ", on hand "
                        + onHand
                        + " (received "
                        + 3 * RECEIVED
                        + "), reserved "
                        + reserved
                        + " = COD units "
                        + codUnits
                        + (ok ? " — ok" : " — FAIL"));
        return ok ? 0 : 1;
    }
}
