package vn.ocop.traceability.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.testkit.WebClient;
import vn.ocop.traceability.web.BatchJson;
import vn.ocop.traceability.web.Catalogue;

/**
 * The resolver's fast path ({@link ResolverFastPath}) over real HTTP/1.1 on raw sockets: for the
 * same request it gives the controller's answer byte for byte (the first request of a code, not yet
 * cached, goes through the controller; the second is answered by the fast path), records the same
 * scans, keeps connections alive and pipelined answers in order, and passes everything else on.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.admin.email", value = "office@fastpath.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
@Property(name = "ocop.public-base-url", value = "https://ocop.example.vn")
@Property(name = "ocop.traceability.resolver.cache-ttl", value = "10m")
class ResolverFastPathTest {

    static final String HOST = "https://ocop.example.vn";

    @Inject EmbeddedServer server;
    @Inject KnownCodes codes;
    @Inject ResolverFastPathInstaller fastPath;
    @Inject TransactionOperations<Connection> transactions;
    @Inject JdbcOperations jdbc;

    WebClient http;
    String office;
    Catalogue catalogue;
    Raw raw;

    @BeforeEach
    void setUp() throws IOException {
        http = new WebClient(server.getURI());
        office = "Bearer " + http.token("office@fastpath.test", "office-password-1");
        catalogue = new Catalogue(http, office);
        raw = new Raw(server.getPort());
    }

    @AfterEach
    void close() throws IOException {
        raw.close();
    }

    /** A published product with a registered batch; returns the GTIN-14. */
    String batch(String lot) {
        UUID producer = catalogue.verifiedCooperative("HTX Nước mắm Cát Hải");
        String member = catalogue.memberOf(producer);
        String gtin13 = Catalogue.freshGtin();
        catalogue.publishedProduct(producer, member, gtin13);
        var created =
                http.postJson(
                        "/api/v1/producer/batches",
                        BatchJson.fishSauce(gtin13, lot),
                        "Authorization",
                        member);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return "0" + gtin13;
    }

    @Test
    void the_fast_path_answers_exactly_as_the_controller_does() throws IOException {
        String gtin = batch("FP/01");
        String lot = "/01/" + gtin + "/10/FP%2F01";
        List<String> requests =
                List.of(
                        lot,
                        lot + "?utm_source=qr&linkType=gs1:pip&x=a%20b",
                        lot + "/21/SER1AL?lang=en",
                        "/01/" + gtin,
                        lot + "?linkType=gs1:traceability",
                        "/01/" + gtin + "?linkType=gs1:certificationInfo");
        for (String target : requests) {
            codes.forget();
            long before = fastPath.answered();
            Answer byController = raw.exchange(get(target));
            assertThat(fastPath.answered()).as("not cached yet: " + target).isEqualTo(before);
            Answer byFastPath = raw.exchange(get(target));
            assertThat(fastPath.answered()).as("cached: " + target).isEqualTo(before + 1);

            assertThat(byController.status()).as(target).isEqualTo(307);
            assertThat(byFastPath.statusLine()).isEqualTo(byController.statusLine());
            assertThat(byFastPath.headersWithoutDate())
                    .as(target)
                    .isEqualTo(byController.headersWithoutDate());
            assertThat(byFastPath.body()).isEqualTo(byController.body()).isEmpty();
            ZonedDateTime date =
                    ZonedDateTime.parse(
                            byFastPath.header("date"), DateTimeFormatter.RFC_1123_DATE_TIME);
            assertThat(date).isAfter(ZonedDateTime.now().minusMinutes(1));
        }
        // a phone's browser opening the QR code
        String browser = "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        codes.forget();
        long before = fastPath.answered();
        Answer pageByController = raw.exchange(get(lot, browser));
        Answer pageByFastPath = raw.exchange(get(lot, browser));
        assertThat(fastPath.answered()).isEqualTo(before + 1);
        assertThat(pageByController.status()).isEqualTo(307);
        assertThat(pageByFastPath.statusLine()).isEqualTo(pageByController.statusLine());
        assertThat(pageByFastPath.headersWithoutDate())
                .isEqualTo(pageByController.headersWithoutDate());

        Answer pip = raw.exchange(get(lot + "?utm_source=qr"));
        assertThat(pip.header("location")).isEqualTo(HOST + "/trace" + lot + "?utm_source=qr");
        assertThat(pip.header("Link"))
                .isEqualTo(
                        "<"
                                + HOST
                                + lot
                                + "?linkType=linkset>; rel=\"linkset\";"
                                + " type=\"application/linkset+json\"");
        assertThat(pip.header("Vary")).isEqualTo("Accept, Accept-Language");
        assertThat(pip.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(pip.header("Access-Control-Expose-Headers")).contains("Location", "Link");
    }

    @Test
    void fast_path_resolves_are_recorded_as_consumer_scans_with_place_and_counters()
            throws Exception {
        String gtin = batch("FP-02");
        String unit = "/01/" + gtin + "/10/FP-02/21/";
        assertThat(raw.exchange(get(unit + "WARM")).status()).isEqualTo(307);
        long before = fastPath.answered();

        assertThat(raw.exchange(get(unit + "S1?place=ha-noi")).status()).isEqualTo(307);
        assertThat(raw.exchange(get(unit + "S1", "X-Scan-Position: 10.78,106.70")).status())
                .isEqualTo(307);
        assertThat(raw.exchange(get(unit + "S1?lat=21.03&lon=105.85")).status()).isEqualTo(307);
        assertThat(fastPath.answered()).isEqualTo(before + 3);

        List<String> rows =
                poll(
                        "SELECT channel || '|' || coalesce(province_code, '-') || '|'"
                                + " || coalesce(lat::text, '-') || '|' || client_key"
                                + " FROM traceability.scans WHERE gtin = ? AND serial = 'S1'"
                                + " ORDER BY id",
                        gtin,
                        3);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).matches("CONSUMER\\|ha-noi\\|-\\|[0-9a-f]{64}");
        assertThat(rows.get(1)).matches("CONSUMER\\|-\\|10.8\\|[0-9a-f]{64}");
        assertThat(rows.get(2)).matches("CONSUMER\\|-\\|21.0\\|[0-9a-f]{64}");
        assertThat(String.join(",", rows)).doesNotContain("127.0.0.1");
        List<String> counter =
                poll(
                        "SELECT consumer_scans || '|' || staff_scans"
                                + " FROM traceability.scan_counters WHERE gtin = ? AND serial = 'S1'",
                        gtin,
                        1);
        assertThat(counter).containsExactly("3|0");
        List<String> flags =
                poll(
                        "SELECT reason FROM traceability.scan_flags WHERE gtin = ? AND serial = 'S1'"
                                + " AND reason = 'IMPOSSIBLE_TRAVEL'",
                        gtin,
                        1);
        assertThat(flags).as("Hà Nội, then Sài Gòn at once").isNotEmpty();
    }

    @Test
    void one_connection_serves_many_requests_and_everything_else_is_passed_on() throws IOException {
        String gtin = batch("FP-03");
        String lot = "/01/" + gtin + "/10/FP-03";
        String wrongCheck = gtin.substring(0, 13) + ((gtin.charAt(13) - '0' + 1) % 10);
        raw.exchange(get(lot));

        // One at a time on one connection: the fast path's answers and the controller's interleave.
        record Case(String request, int status, boolean fast) {}
        List<Case> cases =
                List.of(
                        new Case(get(lot), 307, true),
                        new Case(get(lot + "?linkType=linkset"), 200, false),
                        new Case(get(lot, "Accept: application/linkset+json"), 200, false),
                        new Case(get(lot + "/21/AB1"), 307, true),
                        new Case(get(lot + "?linkType=gs1:recipeInfo"), 404, false),
                        new Case(get("/01/" + wrongCheck + "/10/FP-03"), 400, false),
                        new Case(get("/01/" + gtin + "/10/NOPE"), 404, false),
                        new Case(get(lot, "Authorization: " + office), 307, false),
                        new Case(get(lot, "Accept: text/html"), 307, true),
                        new Case(get(lot, "Origin: https://scanner.example.com"), 307, false),
                        new Case(
                                "OPTIONS "
                                        + lot
                                        + " HTTP/1.1\r\nHost: t\r\nOrigin: https://x.example\r\n"
                                        + "Access-Control-Request-Method: GET\r\n\r\n",
                                200,
                                false),
                        new Case(get(lot + "?utm_source=qr"), 307, true));
        for (Case c : cases) {
            long before = fastPath.answered();
            Answer answer = raw.exchange(c.request());
            assertThat(
                            answer.status() == c.status()
                                    || (c.status() == 200 && answer.status() == 204))
                    .as(c.request() + " → " + answer.statusLine())
                    .isTrue();
            assertThat(fastPath.answered() - before).as(c.request()).isEqualTo(c.fast() ? 1 : 0);
            assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo("*");
            if (answer.status() >= 400) {
                assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            }
        }

        // Pipelined: all written at once; the answers come back in order.
        StringBuilder all = new StringBuilder();
        List<Integer> expected = new ArrayList<>();
        for (Case c : cases) {
            if (!c.request().startsWith("OPTIONS")) {
                all.append(c.request());
                expected.add(c.status());
            }
        }
        raw.send(all.toString());
        List<String> locations = new ArrayList<>();
        for (int status : expected) {
            Answer answer = raw.read(false);
            assertThat(answer.status()).isEqualTo(status);
            locations.add(answer.header("location"));
        }
        assertThat(locations.get(0)).isEqualTo(HOST + "/trace" + lot);
        assertThat(locations.get(3)).isEqualTo(HOST + "/trace" + lot + "/21/AB1");
        assertThat(locations.get(locations.size() - 1))
                .isEqualTo(HOST + "/trace" + lot + "?utm_source=qr");
    }

    @Test
    void head_is_passed_on_and_answers_like_get_without_a_body() throws IOException {
        String gtin = batch("FP-04");
        String lot = "/01/" + gtin + "/10/FP-04";
        Answer get = raw.exchange(get(lot));
        long before = fastPath.answered();

        raw.send("HEAD " + lot + " HTTP/1.1\r\nHost: t\r\n\r\n");
        Answer head = raw.read(true);

        assertThat(fastPath.answered()).isEqualTo(before);
        assertThat(head.status()).isEqualTo(307);
        assertThat(head.header("location")).isEqualTo(get.header("location"));
        assertThat(head.header("Link")).isEqualTo(get.header("Link"));
        assertThat(head.body()).isEmpty();
    }

    List<String> poll(String sql, String gtin, int atLeast) throws InterruptedException {
        List<String> rows = List.of();
        for (int i = 0; i < 100 && rows.size() < atLeast; i++) {
            if (i > 0) {
                Thread.sleep(100);
            }
            rows =
                    transactions.executeRead(
                            status ->
                                    jdbc.prepareStatement(
                                            sql,
                                            ps -> {
                                                ps.setString(1, gtin);
                                                List<String> found = new ArrayList<>();
                                                try (var rs = ps.executeQuery()) {
                                                    while (rs.next()) {
                                                        found.add(rs.getString(1));
                                                    }
                                                }
                                                return found;
                                            }));
        }
        return rows;
    }

    static String get(String target, String... headers) {
        StringBuilder request = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: t\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        return request.append("\r\n").toString();
    }

    /** An answer as it came over the wire. */
    record Answer(String statusLine, List<String> headers, String body) {
        int status() {
            return Integer.parseInt(statusLine.split(" ")[1]);
        }

        String header(String name) {
            for (String line : headers) {
                int colon = line.indexOf(':');
                if (line.substring(0, colon).equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }

        /** The header lines as sent (names, case, order), the date's value left out. */
        List<String> headersWithoutDate() {
            return headers.stream()
                    .map(
                            h ->
                                    h.toLowerCase(Locale.ROOT).startsWith("date:")
                                            ? h.substring(0, 5)
                                            : h)
                    .toList();
        }
    }

    /** One keep-alive HTTP/1.1 connection. */
    static final class Raw implements AutoCloseable {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        Raw(int port) throws IOException {
            socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout(20_000);
            in = socket.getInputStream();
            out = socket.getOutputStream();
        }

        Answer exchange(String request) throws IOException {
            send(request);
            return read(false);
        }

        void send(String request) throws IOException {
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        Answer read(boolean head) throws IOException {
            String statusLine = line();
            List<String> headers = new ArrayList<>();
            for (String line = line(); !line.isEmpty(); line = line()) {
                headers.add(line);
            }
            Answer answer = new Answer(statusLine, headers, "");
            if (head) {
                return answer;
            }
            String length = answer.header("content-length");
            byte[] body;
            if (length != null) {
                body = in.readNBytes(Integer.parseInt(length));
            } else if ("chunked".equalsIgnoreCase(answer.header("transfer-encoding"))) {
                ByteArrayOutputStream chunks = new ByteArrayOutputStream();
                for (int size = Integer.parseInt(line().strip(), 16);
                        size > 0;
                        size = Integer.parseInt(line().strip(), 16)) {
                    chunks.write(in.readNBytes(size));
                    line();
                }
                line();
                body = chunks.toByteArray();
            } else {
                body = new byte[0];
            }
            return new Answer(statusLine, headers, new String(body, StandardCharsets.UTF_8));
        }

        private String line() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("connection closed after: " + line);
                }
                if (b != '\r') {
                    line.write(b);
                }
            }
            return line.toString(StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
