package vn.ocop.traceability.scans;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.InetSocketAddress;
import java.time.Clock;
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
        String place =
                query.getFirst("place").or(() -> headers.findFirst("X-Scan-Place")).orElse(null);
        if (place != null && place.length() > 80) {
            place = null;
        }
        String lat = query.getFirst("lat").orElse(null);
        String lon = query.getFirst("lon").orElse(null);
        if (lat == null || lon == null) {
            String[] position = headers.findFirst("X-Scan-Position").orElse("").split(",");
            if (position.length == 2) {
                lat = position[0];
                lon = position[1];
            }
        }
        BigDecimal la = coordinate(lat, 90);
        BigDecimal lo = coordinate(lon, 180);
        if (la == null || lo == null) {
            la = null;
            lo = null;
        }
        InetSocketAddress remote = request.getRemoteAddress();
        String address =
                remote == null || remote.getAddress() == null
                        ? null
                        : remote.getAddress().getHostAddress();
        writer.submit(
                new Scan(
                        code.gtin(),
                        code.lot(),
                        code.serial(),
                        code.batchId(),
                        code.producerId(),
                        clock.instant(),
                        channel(request),
                        place,
                        la,
                        lo,
                        address));
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
