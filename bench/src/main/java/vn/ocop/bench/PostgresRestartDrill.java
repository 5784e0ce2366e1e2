package vn.ocop.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Issue 7 drill: PostgreSQL restarted under a checkout load; the app recovers without a restart and
 * no order is half-written. The app jar runs as its own process ({@link AppProcess}) on a
 * PostgreSQL the drill owns ({@link DrillDatabase}, fixed port and data directory). {@code threads}
 * guest buyers check out (3 lines, 2 producers; VietQR, card and COD in turn) all along; {@code
 * restarts} times the database is stopped (pg_ctl stop, fast: sessions cut mid-transaction), kept
 * down {@code downSeconds}, and started again. For each restart the drill reports how long after
 * the database was back the app created its next order. At the end: the same app process is still
 * the one serving; the SQL checks of {@link DrillDatabase#orderInvariants}; every 201 is in the
 * database; every attempt that got no answer or a 5xx is posted again with its key and gives 201
 * and one order.
 *
 * <pre>
 * java -cp 'bench/target/lib/*:bench/target/bench-0.1.0-SNAPSHOT.jar' \
 *   vn.ocop.bench.PostgresRestartDrill 5 16 5 15
 * </pre>
 *
 * Arguments: restarts, threads, seconds the database stays down, seconds of load between restarts.
 */
public final class PostgresRestartDrill {

    public static void main(String[] args) throws Exception {
        int restarts = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int down = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int between = args.length > 3 ? Integer.parseInt(args[3]) : 15;
        Path jar =
                Path.of(System.getProperty("ocop.drill.jar", "storefront/target/ocop-market.jar"));

        int failures = 0;
        List<Long> recoveries = new ArrayList<>();
        try (DrillDatabase db = new DrillDatabase();
                StripeStand stripe = new StripeStand()) {
            AppProcess app =
                    new AppProcess(
                            jar,
                            db.jdbcUrl(),
                            Map.of(
                                    "OCOP_STRIPE_SECRET_KEY", "sk_test_bench",
                                    "OCOP_STRIPE_WEBHOOK_SECRET", "whsec_bench",
                                    "OCOP_STRIPE_API_BASE", stripe.baseUrl(),
                                    "OCOP_VIETQR_BANK_BIN", "970415",
                                    "OCOP_VIETQR_ACCOUNT", "113366668888",
                                    "OCOP_VIETQR_ACCOUNT_NAME", "TRUNG TAM OCOP"),
                            List.of("-Xmx512m"));
            try {
                System.out.printf("start: healthy after %d ms%n", app.start(Duration.ofMinutes(4)));
                long pid = app.pid();
                List<String> skus = DrillChecks.seed(app.uri(), "PGR");
                CheckoutLoad load = new CheckoutLoad(app.uri(), skus, threads);
                load.start();
                Thread.sleep(between * 1000L);
                List<long[]> windows = new ArrayList<>();
                for (int r = 1; r <= restarts; r++) {
                    long stopAt = System.nanoTime();
                    db.stop();
                    long stopped = System.nanoTime();
                    Thread.sleep(down * 1000L);
                    db.start();
                    long up = System.nanoTime();
                    windows.add(new long[] {stopAt, up});
                    System.out.printf(
                            "restart %d: database stopped in %d ms, down %d s, started in %d ms%n",
                            r,
                            (stopped - stopAt) / 1_000_000,
                            down,
                            (up - stopped) / 1_000_000 - down * 1000L);
                    Thread.sleep(between * 1000L);
                }
                List<CheckoutLoad.Attempt> attempts = load.stop();
                for (int r = 0; r < windows.size(); r++) {
                    long stopAt = windows.get(r)[0];
                    long up = windows.get(r)[1];
                    long next = r + 1 < windows.size() ? windows.get(r + 1)[0] : Long.MAX_VALUE;
                    long firstCreated = Long.MAX_VALUE;
                    List<CheckoutLoad.Attempt> around = new ArrayList<>();
                    for (CheckoutLoad.Attempt a : attempts) {
                        if (a.end() >= stopAt && a.start() < next) around.add(a);
                        if (a.status() == 201 && a.end() >= up && a.end() < next) {
                            firstCreated = Math.min(firstCreated, a.end());
                        }
                    }
                    long recovery =
                            firstCreated == Long.MAX_VALUE ? -1 : (firstCreated - up) / 1_000_000;
                    if (recovery < 0) failures++;
                    else recoveries.add(recovery);
                    System.out.printf(
                            "restart %d: first order created %s after the database was back;"
                                    + " attempts from the stop to the next stop %s%n",
                            r + 1,
                            recovery < 0 ? "NEVER" : recovery + " ms",
                            CheckoutLoad.statuses(around));
                }
                System.out.printf(
                        "load: %d attempts in all %s%n",
                        attempts.size(), CheckoutLoad.statuses(attempts));
                boolean same = app.alive() && app.pid() == pid;
                System.out.printf(
                        "  check %-95s %s%n",
                        "the app process that served before the restarts still serves:",
                        same ? "pid " + pid + " — ok" : "FAIL");
                if (!same) failures++;
                failures += db.orderInvariants(2, 3);
                failures += DrillChecks.acknowledgedKept(db, attempts);
                failures += DrillChecks.retriesGiveOneOrder(load, db, attempts);
                failures += db.orderInvariants(2, 3);
            } finally {
                app.stop();
            }
        }
        System.out.printf(
                "postgres restart drill: %d restarts of %d s under %d threads; first order after the"
                        + " database was back: median %.0f ms %s%n",
                restarts,
                down,
                threads,
                recoveries.isEmpty()
                        ? Double.NaN
                        : Percentiles.median(recoveries.stream().map(Long::doubleValue).toList()),
                recoveries);
        System.out.println(failures == 0 ? "PASS" : "FAIL (" + failures + " checks failed)");
        System.exit(failures == 0 ? 0 : 1);
    }
}
