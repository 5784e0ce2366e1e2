package vn.ocop.traceability.scans;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.postgresql.PGConnection;
import vn.ocop.catalog.api.PlacesApi;
import vn.ocop.catalog.api.ProvinceView;

/**
 * Writes one scan: the scan row, its code's counter, and any counterfeit signal it raises.
 *
 * <ul>
 *   <li>{@code TOO_MANY_SCANS}: a serial's consumer scans exceed {@code max-consumer-scans};
 *   <li>{@code IMPOSSIBLE_TRAVEL}: a serial's previous scan with a place was further away than
 *       {@code max-speed-kmh} allows for the time since (and at least {@code min-travel-km});
 *       positions are the client's rounded coordinates, else the seat of the province it named;
 *   <li>{@code NEVER_SHIPPED}: a consumer scans a lot (or a serial) no shipping, receiving or
 *       retail-selling event names (a serial counts as shipped when an event names it or names its
 *       lot by quantity);
 *   <li>{@code RECALLED}: the batch is recalled (read now, not from the resolver's cache).
 * </ul>
 */
@Singleton
class ScanStore {

    private static final String SHIPPED_STEPS = "('shipping', 'receiving', 'retail_selling')";

    private final JdbcOperations jdbc;
    private final PlacesApi places;
    private final ScanSettings settings;
    private final SecretKeySpec key;

    /** One initialised HMAC per writing thread (getInstance and init cost more than the hash). */
    private final ThreadLocal<Mac> macs = new ThreadLocal<>();

    ScanStore(
            JdbcOperations jdbc,
            PlacesApi places,
            ScanSettings settings,
            @Value("${ocop.secret}") String secret) {
        this.jdbc = jdbc;
        this.places = places;
        this.settings = settings;
        this.key =
                new SecretKeySpec(
                        ("ocop.scan-client:" + secret).getBytes(StandardCharsets.UTF_8),
                        "HmacSHA256");
    }

    @Transactional
    void record(Scan scan) {
        recordAll(List.of(scan));
    }

    /**
     * Writes a batch of scans in one transaction: the scan rows with one {@code COPY}, then per
     * code one counter update and one check of each signal (travel is checked scan by scan).
     */
    @Transactional
    void recordAll(List<Scan> scans) {
        Map<String, String> provinces = new HashMap<>();
        List<String> provinceOf = new ArrayList<>(scans.size());
        for (Scan scan : scans) {
            provinceOf.add(
                    scan.place() == null
                            ? null
                            : provinces.computeIfAbsent(
                                    scan.place(),
                                    p -> places.resolve(p).map(ProvinceView::code).orElse(null)));
        }
        StringBuilder rows = new StringBuilder(scans.size() * 200);
        for (int i = 0; i < scans.size(); i++) {
            Scan scan = scans.get(i);
            field(rows, scan.gtin()).append('\t');
            field(rows, scan.lot() == null ? "" : scan.lot()).append('\t');
            field(rows, scan.serial() == null ? "" : scan.serial()).append('\t');
            field(rows, scan.batchId() == null ? null : scan.batchId().toString()).append('\t');
            field(rows, scan.producerId() == null ? null : scan.producerId().toString())
                    .append('\t');
            field(rows, scan.at().toString()).append('\t');
            field(rows, scan.channel().name()).append('\t');
            field(rows, provinceOf.get(i)).append('\t');
            field(rows, scan.lat() == null ? null : scan.lat().toPlainString()).append('\t');
            field(rows, scan.lon() == null ? null : scan.lon().toPlainString()).append('\t');
            field(rows, clientKey(scan.clientAddress())).append('\n');
        }
        jdbc.execute(
                connection -> {
                    try {
                        return connection
                                .unwrap(PGConnection.class)
                                .getCopyAPI()
                                .copyIn(
                                        "COPY traceability.scans (gtin, lot, serial, batch_id,"
                                                + " producer_id, scanned_at, channel, province_code,"
                                                + " lat, lon, client_key) FROM STDIN",
                                        new StringReader(rows.toString()));
                    } catch (IOException e) {
                        throw new SQLException("COPY of " + scans.size() + " scans failed", e);
                    }
                });
        Map<String, List<Integer>> byCode = new LinkedHashMap<>();
        for (int i = 0; i < scans.size(); i++) {
            Scan s = scans.get(i);
            byCode.computeIfAbsent(
                            s.gtin() + "|" + s.lot() + "|" + s.serial(), k -> new ArrayList<>())
                    .add(i);
        }
        for (List<Integer> group : byCode.values()) {
            code(scans, provinceOf, group);
        }
    }

    private void code(List<Scan> scans, List<String> provinceOf, List<Integer> group) {
        Scan scan = scans.get(group.get(group.size() - 1));
        String lot = scan.lot() == null ? "" : scan.lot();
        String serial = scan.serial() == null ? "" : scan.serial();
        long consumers =
                group.stream().filter(i -> scans.get(i).channel() == ScanChannel.CONSUMER).count();
        long staff = group.size() - consumers;
        Instant first =
                group.stream().map(i -> scans.get(i).at()).min(Instant::compareTo).orElseThrow();
        Instant last =
                group.stream().map(i -> scans.get(i).at()).max(Instant::compareTo).orElseThrow();
        long consumerScans =
                jdbc.prepareStatement(
                        "INSERT INTO traceability.scan_counters (gtin, lot, serial, batch_id,"
                                + " producer_id, consumer_scans, staff_scans, first_at, last_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (gtin, lot,"
                                + " serial) DO UPDATE SET consumer_scans ="
                                + " scan_counters.consumer_scans + EXCLUDED.consumer_scans,"
                                + " staff_scans = scan_counters.staff_scans +"
                                + " EXCLUDED.staff_scans, last_at = GREATEST(scan_counters.last_at,"
                                + " EXCLUDED.last_at) RETURNING consumer_scans",
                        ps -> {
                            ps.setString(1, scan.gtin());
                            ps.setString(2, lot);
                            ps.setString(3, serial);
                            ps.setObject(4, scan.batchId());
                            ps.setObject(5, scan.producerId());
                            ps.setLong(6, consumers);
                            ps.setLong(7, staff);
                            ps.setTimestamp(8, Timestamp.from(first));
                            ps.setTimestamp(9, Timestamp.from(last));
                            try (var rs = ps.executeQuery()) {
                                rs.next();
                                return rs.getLong(1);
                            }
                        });
        if (scan.batchId() == null) {
            return;
        }
        long max = settings.maxConsumerScans();
        if (!serial.isEmpty() && consumers > 0 && consumerScans > max) {
            long over = Math.min(consumers, consumerScans - max);
            flag(
                    scan,
                    lot,
                    serial,
                    FlagReason.TOO_MANY_SCANS.name(),
                    over,
                    consumerScans + " consumer scans (more than " + max + ")");
        }
        if (!serial.isEmpty()) {
            for (int i : group) {
                Scan one = scans.get(i);
                travel(one, lot, serial, provinceOf.get(i))
                        .ifPresent(
                                d ->
                                        flag(
                                                one,
                                                lot,
                                                serial,
                                                FlagReason.IMPOSSIBLE_TRAVEL.name(),
                                                1,
                                                d));
            }
        }
        if (consumers > 0 && !shipped(scan.gtin(), lot, serial, scan.at())) {
            flag(
                    scan,
                    lot,
                    serial,
                    FlagReason.NEVER_SHIPPED.name(),
                    consumers,
                    "No shipping, receiving or retail-selling event names this code");
        }
        if (recalled(scan)) {
            flag(
                    scan,
                    lot,
                    serial,
                    FlagReason.RECALLED.name(),
                    group.size(),
                    "The batch is recalled");
        }
    }

    /** Stores the position it used on the scan row, so the next scan of the serial compares. */
    private java.util.Optional<String> travel(
            Scan scan, String lot, String serial, String province) {
        BigDecimal[] here = position(scan.lat(), scan.lon(), province);
        if (here == null) {
            return java.util.Optional.empty();
        }
        record Previous(Instant at, BigDecimal lat, BigDecimal lon, String province) {}
        List<Previous> previous =
                jdbc.prepareStatement(
                        "SELECT scanned_at, lat, lon, province_code FROM traceability.scans"
                                + " WHERE gtin = ? AND lot = ? AND serial = ? AND scanned_at <= ?"
                                + " AND (lat IS NOT NULL OR province_code IS NOT NULL)"
                                + " ORDER BY scanned_at DESC, id DESC OFFSET 1 LIMIT 1",
                        ps -> {
                            ps.setString(1, scan.gtin());
                            ps.setString(2, lot);
                            ps.setString(3, serial);
                            ps.setTimestamp(4, Timestamp.from(scan.at()));
                            List<Previous> rows = new ArrayList<>();
                            try (var rs = ps.executeQuery()) {
                                while (rs.next()) {
                                    rows.add(
                                            new Previous(
                                                    rs.getTimestamp(1).toInstant(),
                                                    rs.getBigDecimal(2),
                                                    rs.getBigDecimal(3),
                                                    rs.getString(4)));
                                }
                            }
                            return rows;
                        });
        if (previous.isEmpty()) {
            return java.util.Optional.empty();
        }
        Previous p = previous.get(0);
        BigDecimal[] there = position(p.lat(), p.lon(), p.province());
        if (there == null) {
            return java.util.Optional.empty();
        }
        double km =
                ProvinceCentroids.km(
                        here[0].doubleValue(),
                        here[1].doubleValue(),
                        there[0].doubleValue(),
                        there[1].doubleValue());
        double hours = Math.max(Duration.between(p.at(), scan.at()).toSeconds(), 1) / 3600.0;
        if (km < settings.minTravelKm() || km / hours <= settings.maxSpeedKmh()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(
                String.format(
                        Locale.ROOT,
                        "%.0f km in %.2f h (%.0f km/h; more than %d km/h)",
                        km,
                        hours,
                        km / hours,
                        settings.maxSpeedKmh()));
    }

    private static BigDecimal[] position(BigDecimal lat, BigDecimal lon, String province) {
        if (lat != null && lon != null) {
            return new BigDecimal[] {lat, lon};
        }
        return ProvinceCentroids.of(province).orElse(null);
    }

    private boolean shipped(String gtin, String lot, String serial, Instant at) {
        String lotKey = gtin + "/" + lot;
        return jdbc.prepareStatement(
                "SELECT EXISTS (SELECT 1 FROM traceability.epcis_events WHERE lots @>"
                        + " ARRAY[?::text] AND biz_step IN "
                        + SHIPPED_STEPS
                        + " AND NOT error_declaration AND (? = '' OR (document -> 'epcList') IS NULL"
                        + " OR EXISTS (SELECT 1 FROM unnest(epcs) e WHERE e LIKE ?)))",
                ps -> {
                    ps.setString(1, lotKey);
                    ps.setString(2, serial);
                    ps.setString(3, "%/21/" + serial);
                    try (var rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getBoolean(1);
                    }
                });
    }

    private boolean recalled(Scan scan) {
        return jdbc.prepareStatement(
                "SELECT recalled_at IS NOT NULL FROM traceability.batches WHERE id = ?",
                ps -> {
                    ps.setObject(1, scan.batchId());
                    try (var rs = ps.executeQuery()) {
                        return rs.next() && rs.getBoolean(1);
                    }
                });
    }

    private void flag(
            Scan scan, String lot, String serial, String reason, long count, String detail) {
        jdbc.prepareStatement(
                "INSERT INTO traceability.scan_flags (gtin, lot, serial, reason, batch_id,"
                        + " producer_id, count, first_at, last_at, detail) VALUES (?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?) ON CONFLICT (gtin, lot, serial, reason) DO UPDATE SET"
                        + " count = scan_flags.count + EXCLUDED.count, last_at = GREATEST(scan_flags.last_at,"
                        + " EXCLUDED.last_at), detail = EXCLUDED.detail",
                ps -> {
                    ps.setString(1, scan.gtin());
                    ps.setString(2, lot);
                    ps.setString(3, serial);
                    ps.setString(4, reason);
                    ps.setObject(5, scan.batchId());
                    ps.setObject(6, scan.producerId());
                    ps.setLong(7, count);
                    ps.setTimestamp(8, Timestamp.from(scan.at()));
                    ps.setTimestamp(9, Timestamp.from(scan.at()));
                    ps.setString(10, detail.length() > 500 ? detail.substring(0, 500) : detail);
                    return ps.executeUpdate();
                });
    }

    /** A value in COPY's text format: {@code \\N} for null, backslash and controls escaped. */
    private static StringBuilder field(StringBuilder row, String value) {
        if (value == null) {
            return row.append("\\N");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> row.append("\\\\");
                case '\t' -> row.append("\\t");
                case '\n' -> row.append("\\n");
                case '\r' -> row.append("\\r");
                default -> row.append(c);
            }
        }
        return row;
    }

    private String clientKey(String address) {
        if (address == null) {
            return null;
        }
        try {
            Mac mac = macs.get();
            if (mac == null) {
                mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                macs.set(mac);
            }
            return HexFormat.of().formatHex(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            return null;
        }
    }
}
