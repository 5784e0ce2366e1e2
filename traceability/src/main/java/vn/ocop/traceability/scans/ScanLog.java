package vn.ocop.traceability.scans;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.function.Function;
import vn.ocop.platform.identity.api.Role;
import vn.ocop.traceability.resolver.ResolveListener;
import vn.ocop.traceability.resolver.ResolvedCode;

/**
 * Turns a resolve into a {@link Scan} and hands it to the writer; nothing here touches the
 * database. The place comes from the {@code place} query parameter or {@code X-Scan-Place} header
 * (a province code or name), the position from {@code lat}/{@code lon} (or {@code X-Scan-Position:
 * lat,lon}), rounded to 0.1° at once; anything unreadable is dropped, never refused.
 */
@Singleton
class ScanLog implements ResolveListener {

    private final ScanWriter writer;
    private final Clock clock;

    ScanLog(ScanWriter writer, Clock clock) {
        this.writer = writer;
        this.clock = clock;
    }

    @Override
    public void resolved(HttpRequest<?> request, ResolvedCode code) {
        var query = request.getParameters();
        var headers = request.getHeaders();
        writer.submit(
                scan(
                        code,
                        name -> query.getFirst(name).orElse(null),
                        name -> headers.findFirst(name).orElse(null),
                        request.getRemoteAddress(),
                        channel(request)));
    }

    @Override
    public boolean resolvedAnonymously(
            ResolvedCode code,
            Function<String, String> queryParameter,
            Function<String, String> header,
            InetSocketAddress remote) {
        return writer.offer(scan(code, queryParameter, header, remote, ScanChannel.CONSUMER));
    }

    private Scan scan(
            ResolvedCode code,
            Function<String, String> query,
            Function<String, String> header,
            InetSocketAddress remote,
            ScanChannel channel) {
        String place = query.apply("place");
        if (place == null) {
            place = header.apply("X-Scan-Place");
        }
        if (place != null && place.length() > 80) {
            place = null;
        }
        String lat = query.apply("lat");
        String lon = query.apply("lon");
        if (lat == null || lon == null) {
            String position = header.apply("X-Scan-Position");
            String[] parts = (position == null ? "" : position).split(",");
            if (parts.length == 2) {
                lat = parts[0];
                lon = parts[1];
            }
        }
        BigDecimal la = coordinate(lat, 90);
        BigDecimal lo = coordinate(lon, 180);
        if (la == null || lo == null) {
            la = null;
            lo = null;
        }
        String address =
                remote == null || remote.getAddress() == null
                        ? null
                        : remote.getAddress().getHostAddress();
        return new Scan(
                code.gtin(),
                code.lot(),
                code.serial(),
                code.batchId(),
                code.producerId(),
                clock.instant(),
                channel,
                place,
                la,
                lo,
                address);
    }

    private static ScanChannel channel(HttpRequest<?> request) {
        return request.getUserPrincipal(Authentication.class)
                .filter(a -> a.getRoles().contains(Role.Names.SALE_POINT_STAFF))
                .map(a -> ScanChannel.SALE_POINT_STAFF)
                .orElse(ScanChannel.CONSUMER);
    }

    static BigDecimal coordinate(String text, int limit) {
        if (text == null || text.isBlank() || text.length() > 30) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.strip()).setScale(1, RoundingMode.HALF_UP);
            return value.abs().compareTo(BigDecimal.valueOf(limit)) <= 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
