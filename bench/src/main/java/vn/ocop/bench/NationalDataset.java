package vn.ocop.bench;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import vn.ocop.storefront.boot.BootEnvironment;

/**
 * The national-scale dataset of issue 7, written with bulk SQL that matches each module's schema
 * and deterministically from a seed: the catalogue of {@link CatalogDataset} (verified producers,
 * published products with GTIN variants and valid certificates), sale points with their stock
 * locations (orders), and production batches with unit serials (traceability). Batches and serials
 * go through {@code COPY}; a million serials take seconds, not minutes.
 *
 * <p>Rows are only written, never read back through the application here; {@code
 * NationalDatasetTest} checks that the application's own services see them.
 */
public final class NationalDataset {

    /** How much of each kind of row. */
    public record Size(
            int producers,
            int products,
            int salePoints,
            int batchesPerProduct,
            int serialsPerBatch) {

        /**
         * Issue 7: 20,000 products, 8,000 producers, 2,000 sale points, 200,000 batches, 1M
         * serials.
         */
        public static final Size NATIONAL = new Size(8_000, 20_000, 2_000, 10, 5);

        public long batches() {
            return (long) products * batchesPerProduct;
        }

        public long serials() {
            return batches() * serialsPerBatch;
        }
    }

    /** The rows of each table after writing, counted from the database. */
    public record Counts(
            long producers, long products, long salePoints, long batches, long serials) {}

    static final String[] SALE_POINT_KINDS = {
        "OCOP_CENTRE", "SUPERMARKET_BOOTH", "MARKET_BOOTH", "TOURIST_SITE_BOOTH", "SHOP"
    };
    static final String[] SALE_POINT_LEVELS = {"PROVINCIAL", "DISTRICT", "COMMUNE"};
    static final String[] LABS = {
        "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 1",
        "Viện Kiểm nghiệm An toàn Vệ sinh Thực phẩm Quốc gia",
        "Trung tâm Kiểm nghiệm tỉnh"
    };
    static final String[] OPERATORS = {
        "Nguyễn Thị Hoa",
        "Trần Văn Nam",
        "Lê Thị Mai",
        "Phạm Văn Hùng",
        "Hoàng Thị Lan",
        "Vũ Đức Minh",
        "Đặng Thị Thu",
        "Bùi Văn Tuấn"
    };
    private static final char[] SERIAL_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final long seed;
    private final Size size;
    private final UUID system;

    public NationalDataset(long seed, Size size) {
        this.seed = seed;
        this.size = size;
        this.system = new UUID(seed, -1L);
    }

    /**
     * Writes the national dataset into a fresh embedded database and prints the counts and the time
     * it took.
     *
     * <pre>mvn -B -q -DskipTests -Dspotless.skip package -pl bench -am
     * java -Xmx2g -cp 'bench/target/lib/*:bench/target/bench-0.1.0-SNAPSHOT.jar' \
     *   vn.ocop.bench.NationalDataset 20261122 [data-dir]</pre>
     *
     * With a data directory, the embedded database stays there for the application to start on (as
     * {@code bench/start-rss.sh} does); the office admin is the one of {@code
     * OCOP_ADMIN_EMAIL}/{@code OCOP_ADMIN_PASSWORD} when set.
     */
    public static void main(String[] args) throws Exception {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 20261122L;
        Path dataDir =
                args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("ocop-dataset");
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("OCOP_DATA_DIR", dataDir.toString());
        BootEnvironment boot = BootEnvironment.prepare(env);
        Map<String, Object> properties = new HashMap<>(boot.properties());
        properties.put("micronaut.server.port", -1);
        properties.put("ocop.catalog.expiry-job.enabled", false);
        try (ApplicationContext context =
                ApplicationContext.builder().properties(properties).start()) {
            long start = System.nanoTime();
            Counts counts =
                    SearchBenchmark.write(context, new NationalDataset(seed, Size.NATIONAL));
            System.out.printf(
                    "seed=%d %s written in %.1f s%n",
                    seed, counts, (System.nanoTime() - start) / 1e9);
        } finally {
            boot.stopDatabase();
        }
    }

    public CatalogDataset catalogue() {
        return new CatalogDataset(seed, size.producers(), size.products());
    }

    /**
     * Writes the catalogue (its own transaction), then sale points, batches and serials in one
     * transaction, and counts the rows afterwards.
     */
    public Counts writeTo(Connection connection, List<String> provinceCodes)
            throws SQLException, IOException {
        catalogue().writeTo(connection, provinceCodes);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            writeSalePoints(connection, provinceCodes);
            writeBatchesAndSerials(connection);
            connection.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return count(connection);
    }

    private void writeSalePoints(Connection c, List<String> provinces) throws SQLException {
        Random random = new Random(seed ^ 0x5A1E);
        try (PreparedStatement point =
                        c.prepareStatement(
                                "INSERT INTO orders.sale_points (id, name, level, kind,"
                                        + " province_code, commune, street, operator_name,"
                                        + " operator_phone, created_at, created_by) VALUES (?, ?,"
                                        + " ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement location =
                        c.prepareStatement(
                                "INSERT INTO orders.stock_locations (id, kind, sale_point_id,"
                                        + " name, created_at) VALUES (?, 'SALE_POINT', ?, ?, ?)")) {
            var created = java.sql.Timestamp.valueOf("2026-01-05 08:00:00");
            for (int i = 0; i < size.salePoints(); i++) {
                UUID id = new UUID(seed ^ 0x5A1EL, i);
                String place = CatalogDataset.PLACES[random.nextInt(CatalogDataset.PLACES.length)];
                String kind = SALE_POINT_KINDS[random.nextInt(SALE_POINT_KINDS.length)];
                String name = "Điểm bán OCOP " + place + " " + (i + 1);
                point.setObject(1, id);
                point.setString(2, name);
                point.setString(3, SALE_POINT_LEVELS[random.nextInt(SALE_POINT_LEVELS.length)]);
                point.setString(4, kind);
                point.setString(5, provinces.get(random.nextInt(provinces.size())));
                point.setString(6, place);
                point.setString(7, (1 + random.nextInt(300)) + " đường Trần Hưng Đạo");
                point.setString(8, OPERATORS[random.nextInt(OPERATORS.length)]);
                point.setString(9, String.format("09%08d", random.nextInt(100_000_000)));
                point.setTimestamp(10, created);
                point.setObject(11, system);
                point.addBatch();
                location.setObject(1, new UUID(seed ^ 0x10CL, i));
                location.setObject(2, id);
                location.setString(3, name);
                location.setTimestamp(4, created);
                location.addBatch();
                if (i % 1000 == 999) {
                    point.executeBatch();
                    location.executeBatch();
                }
            }
            point.executeBatch();
            location.executeBatch();
        }
    }

    /** The variants of this seed's products, in product order, with producer and origin. */
    private Map<UUID, List<String[]>> variantsByProduct(Connection c) throws SQLException {
        Map<UUID, List<String[]>> byProduct = new LinkedHashMap<>();
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT v.product_id, v.sku, v.gtin, pp.producer_id, o.province_code,"
                                + " o.commune FROM catalog.variants v JOIN catalog.product_producers"
                                + " pp ON pp.product_id = v.product_id AND pp.position = 0 JOIN"
                                + " catalog.product_origins o ON o.product_id = v.product_id AND"
                                + " o.position = 0 ORDER BY v.product_id, v.position")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID product = rs.getObject(1, UUID.class);
                    if (product.getMostSignificantBits() != ~seed) {
                        continue;
                    }
                    byProduct
                            .computeIfAbsent(product, p -> new ArrayList<>())
                            .add(
                                    new String[] {
                                        rs.getString(2),
                                        rs.getString(3),
                                        rs.getString(4),
                                        rs.getString(5),
                                        rs.getString(6)
                                    });
                }
            }
        }
        return byProduct;
    }

    private void writeBatchesAndSerials(Connection c) throws SQLException, IOException {
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        Random random = new Random(seed ^ 0xBA7C4L);
        LocalDate start = LocalDate.of(2025, 1, 1);
        StringBuilder batches = new StringBuilder(1 << 20);
        StringBuilder serials = new StringBuilder(1 << 20);
        long batchNumber = 0;
        for (Map.Entry<UUID, List<String[]>> product : variantsByProduct(c).entrySet()) {
            List<String[]> variants = product.getValue();
            for (int b = 0; b < size.batchesPerProduct(); b++) {
                String[] v = variants.get(b % variants.size());
                UUID batchId = new UUID(seed ^ 0xBA7CL, batchNumber++);
                LocalDate produced = start.plusDays(random.nextInt(600));
                String lot = "L" + produced.toString().replace("-", "").substring(2) + "-" + b;
                String site = v[4] + ", " + v[3];
                String details =
                        "{\"steps\":[{\"kind\":\"PROCESSING\",\"date\":\""
                                + produced
                                + "\",\"place\":\""
                                + v[4]
                                + "\"},{\"kind\":\"PACKING\",\"date\":\""
                                + produced.plusDays(1)
                                + "\",\"place\":\""
                                + v[4]
                                + "\"}],\"labTests\":[{\"lab\":\""
                                + LABS[random.nextInt(LABS.length)]
                                + "\",\"reportNumber\":\"KN-"
                                + batchNumber
                                + "\",\"date\":\""
                                + produced.plusDays(3)
                                + "\",\"results\":[{\"name\":\"Coliforms\",\"value\":"
                                + random.nextInt(10)
                                + ",\"unit\":\"CFU/g\"}]}]}";
                row(
                        batches,
                        batchId.toString(),
                        v[1],
                        lot,
                        product.getKey().toString(),
                        v[0],
                        v[2],
                        produced.toString(),
                        produced.plusMonths(18).toString(),
                        Integer.toString(100 + random.nextInt(4_900)),
                        "PIECE",
                        site,
                        details,
                        produced.plusDays(2) + " 09:00:00+07",
                        system.toString());
                for (int s = 1; s <= size.serialsPerBatch(); s++) {
                    row(
                            serials,
                            batchId.toString(),
                            v[1],
                            lot,
                            Integer.toString(s),
                            serial(random),
                            produced.plusDays(2) + " 10:00:00+07",
                            system.toString());
                }
                if (serials.length() > (8 << 20)) {
                    flush(copy, batches, serials);
                }
            }
        }
        flush(copy, batches, serials);
    }

    private static void flush(CopyManager copy, StringBuilder batches, StringBuilder serials)
            throws SQLException, IOException {
        copy.copyIn(
                "COPY traceability.batches (id, gtin, lot, product_id, variant_sku, producer_id,"
                        + " production_date, expiry_date, quantity, unit, production_site,"
                        + " details, registered_at, registered_by) FROM STDIN",
                new StringReader(batches.toString()));
        copy.copyIn(
                "COPY traceability.unit_serials (batch_id, gtin, lot, ordinal, serial, issued_at,"
                        + " issued_by) FROM STDIN",
                new StringReader(serials.toString()));
        batches.setLength(0);
        serials.setLength(0);
    }

    /** One line of COPY text format; none of the generated values holds a tab or a backslash. */
    private static void row(StringBuilder out, String... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            out.append(values[i]);
        }
        out.append('\n');
    }

    /** Twelve characters from an alphabet without look-alikes (0/O, 1/I). */
    private static String serial(Random random) {
        char[] chars = new char[12];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = SERIAL_ALPHABET[random.nextInt(SERIAL_ALPHABET.length)];
        }
        return new String(chars);
    }

    private Counts count(Connection c) throws SQLException {
        return new Counts(
                count(c, "SELECT count(*) FROM catalog.producers"),
                count(c, "SELECT count(*) FROM catalog.products"),
                count(c, "SELECT count(*) FROM orders.sale_points"),
                count(c, "SELECT count(*) FROM traceability.batches"),
                count(c, "SELECT count(*) FROM traceability.unit_serials"));
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
