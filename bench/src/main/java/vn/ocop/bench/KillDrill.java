package vn.ocop.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Issue 7 drill: the app killed with SIGKILL during a checkout load. The app jar runs as its own
 * process ({@link AppProcess}) on a PostgreSQL the drill owns ({@link DrillDatabase}), with a short
 * reservation TTL. Each round: {@code threads} guest buyers check out (3 lines, 2 producers;
 * VietQR, card and COD in turn) for a seeded-random 60–100 % of {@code seconds}, then the app gets
 * SIGKILL mid-load. Checked by SQL right after the kill: no order without all its fulfilments,
 * lines, placing event and key; no checkout answered 5xx; every stock level equal to the sum of its
 * movements and its reserved units equal to the live orders' units; every 201 the buyers got is in
 * the database. The app is started again on the same database; every attempt that got no answer is
 * posted again with its key and must give 201 and one order. After the last round the drill waits
 * for the unpaid orders' reservations to lapse: nothing awaits payment and the stock on hand and
 * reserved is back to the received units and the COD orders' units.
 *
 * <pre>
 * java -cp 'bench/target/lib/*:bench/target/bench-0.1.0-SNAPSHOT.jar' \
 *   vn.ocop.bench.KillDrill 5 20 16 30
 * </pre>
 *
 * Arguments: rounds, seconds of load per round, threads, reservation TTL in seconds. The jar is
 * {@code storefront/target/ocop-market.jar} (or {@code -Docop.drill.jar=...}).
 */
public final class KillDrill {

    /** What is left awaiting payment, what the database is doing, and the app's threads. */
    private static void diagnose(DrillDatabase db, AppProcess app) throws Exception {
        System.out.println(
                "  still awaiting payment (number, method, placed, reserved until, now): "
                        + db.rows(
                                "SELECT number, payment_method, placed_at, reserved_until, now()"
                                        + " FROM orders.orders WHERE status = 'PENDING_PAYMENT'"
                                        + " ORDER BY reserved_until"));
        System.out.println(
                "  database sessions not idle: "
                        + db.rows(
                                "SELECT pid, state, wait_event_type, wait_event, xact_start,"
                                        + " left(query, 100) FROM pg_stat_activity WHERE state <>"
                                        + " 'idle' AND pid <> pg_backend_pid() AND backend_type ="
                                        + " 'client backend'"));
        System.out.println(
                "  locks not granted: "
                        + db.rows(
                                "SELECT pid, locktype, mode, relation::regclass FROM pg_locks WHERE"
                                        + " NOT granted"));
        Path threads = Path.of("bench/target/drills/threads-" + app.pid() + ".txt");
        new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        Long.toString(app.pid()),
                        "Thread.print")
                .redirectErrorStream(true)
                .redirectOutput(threads.toFile())
                .start()
                .waitFor();
        System.out.println("  the app's threads: " + threads);
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        int ttl = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        Path jar =
                Path.of(System.getProperty("ocop.drill.jar", "storefront/target/ocop-market.jar"));
        Random random = new Random(20261123L);

        int failures = 0;
        List<Long> restarts = new ArrayList<>();
        long orders = 0;
        try (DrillDatabase db = new DrillDatabase();
                StripeStand stripe = new StripeStand()) {
            AppProcess app =
                    new AppProcess(
                            jar,
                            db.jdbcUrl(),
                            Map.of(
                                    "OCOP_ORDERS_RESERVATION_TTL", ttl + "s",
                                    "OCOP_ORDERS_EXPIRY_JOB_INTERVAL", "2s",
                                    "OCOP_STRIPE_SECRET_KEY", "sk_test_bench",
                                    "OCOP_STRIPE_WEBHOOK_SECRET", "whsec_bench",
                                    "OCOP_STRIPE_API_BASE", stripe.baseUrl(),
                                    "OCOP_VIETQR_BANK_BIN", "970415",
                                    "OCOP_VIETQR_ACCOUNT", "113366668888",
                                    "OCOP_VIETQR_ACCOUNT_NAME", "TRUNG TAM OCOP"),
                            List.of("-Xmx512m"));
            try {
                System.out.printf(
                        "first start: healthy after %d ms%n", app.start(Duration.ofMinutes(4)));
                List<String> skus = DrillChecks.seed(app.uri(), "KILL");
                System.out.printf(
                        "seeded 2 producers, SKUs %s with %d units each; reservation TTL %d s%n",
                        skus, DrillChecks.RECEIVED, ttl);
                for (int round = 1; round <= rounds; round++) {
                    CheckoutLoad load = new CheckoutLoad(app.uri(), skus, threads);
                    long loadMillis = seconds * 1000L * (60 + random.nextInt(41)) / 100;
                    load.start();
                    Thread.sleep(loadMillis);
                    long pid = app.pid();
                    app.kill();
                    List<CheckoutLoad.Attempt> attempts = load.stop();
                    long inDb = db.number("SELECT count(*) FROM orders.orders");
                    orders = inDb;
                    System.out.printf(
                            "round %d: %d threads for %d ms, then kill -9 of pid %d; attempts %s;"
                                    + " orders in the database now %d%n",
                            round, threads, loadMillis, pid, CheckoutLoad.statuses(attempts), inDb);
                    long errors = attempts.stream().filter(a -> a.status() >= 500).count();
                    System.out.printf(
                            "  check %-95s %s%n",
                            "checkouts answered 5xx while the app was up:",
                            errors == 0 ? "none — ok" : errors + " — FAIL");
                    if (errors > 0) failures++;
                    failures += db.orderInvariants(2, 3);
                    failures += DrillChecks.acknowledgedKept(db, attempts);
                    long restart = app.start(Duration.ofMinutes(4));
                    restarts.add(restart);
                    System.out.printf(
                            "  restarted on the same database: healthy after %d ms%n", restart);
                    failures += DrillChecks.retriesGiveOneOrder(load, db, attempts);
                    failures += db.orderInvariants(2, 3);
                }
                long lastDeadline =
                        db.number(
                                "SELECT coalesce(extract(epoch FROM max(reserved_until)) * 1000, 0)::bigint"
                                        + " FROM orders.orders WHERE status = 'PENDING_PAYMENT'");
                System.out.printf(
                        "waiting for the reservations to lapse (last deadline in %d ms) and the"
                                + " expiry job (every 2 s) to cancel them%n",
                        Math.max(0, lastDeadline - System.currentTimeMillis()));
                long waitUntil = Math.max(lastDeadline, System.currentTimeMillis()) + 120_000;
                while (System.currentTimeMillis() < waitUntil
                        && db.number(
                                        "SELECT count(*) FROM orders.orders WHERE status ="
                                                + " 'PENDING_PAYMENT'")
                                > 0) {
                    Thread.sleep(1000);
                }
                System.out.println(
                        "after expiry: orders by method and status "
                                + db.rows(
                                        "SELECT payment_method, status, count(*) FROM orders.orders"
                                                + " GROUP BY 1, 2 ORDER BY 1, 2"));
                int stock = DrillChecks.stockReturned(db);
                if (stock > 0) diagnose(db, app);
                failures += stock;
                failures += db.orderInvariants(2, 3);
                orders = db.number("SELECT count(*) FROM orders.orders");
            } finally {
                app.stop();
            }
        }
        System.out.printf(
                "kill drill: %d rounds, %d orders in the database at the end, restart to healthy"
                        + " median %.0f ms (%s)%n",
                rounds,
                orders,
                Percentiles.median(restarts.stream().map(Long::doubleValue).toList()),
                restarts);
        System.out.println(failures == 0 ? "PASS" : "FAIL (" + failures + " checks failed)");
        System.exit(failures == 0 ? 0 : 1);
    }
}
