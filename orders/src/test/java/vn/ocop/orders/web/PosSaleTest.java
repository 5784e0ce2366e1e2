package vn.ocop.orders.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.kernel.Money;
import vn.ocop.orders.payment.bank.BankNotifications;
import vn.ocop.orders.payment.vietqr.VietQr;
import vn.ocop.orders.payment.vietqr.VietQrPayload;
import vn.ocop.testkit.WebClient;

/**
 * Selling at the counter: staff scan a pack's QR code (GS1 Digital Link) and sell; the sale point's
 * stock decrements; a sale synced twice is stored once; a recalled batch is refused with its
 * reason. Every sale is numbered like an order and is in the one payment log: cash is paid at once,
 * a VietQR sale awaits the transfer that the bank's signed notification (or the office) settles.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.admin.email", value = "office@orders.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
@Property(name = "ocop.orders.expiry-job.enabled", value = "false")
@Property(name = "ocop.vietqr.bank-bin", value = "970436")
@Property(name = "ocop.vietqr.account", value = "0011004455667")
@Property(name = "ocop.vietqr.account-name", value = "SO CONG THUONG HUE")
@Property(name = "ocop.bank.webhook-secret", value = PosSaleTest.SECRET)
class PosSaleTest {

    static final String SECRET = "bank-secret-for-counter-sales";

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Inject EmbeddedServer server;

    WebClient http;
    Shop shop;
    String salePoint;
    String staff;
    Shop.Item fishSauce;
    String batchId;

    @BeforeEach
    void aStockedSalePoint() {
        http = new WebClient(server.getURI());
        shop = new Shop(http, "Bearer " + http.token("office@orders.test", "office-password-1"));
        salePoint = salePoint("Điểm bán OCOP chợ Đông Ba");
        staff = staffOf(salePoint);
        var p = shop.producer("HTX Nước mắm Nam Ô");
        fishSauce = shop.published(p, 120_000);
        shop.receive(fishSauce, 10);
        var transfer =
                http.postJson(
                        "/api/v1/producer/transfers",
                        "{\"salePointId\":\"%s\",\"lines\":[{\"sku\":\"%s\",\"quantity\":5}]}"
                                .formatted(salePoint, fishSauce.sku()),
                        "Authorization",
                        p.member());
        String id = transfer.json().get("id").asText();
        http.postJson(
                "/api/v1/producer/transfers/" + id + "/ship", "", "Authorization", p.member());
        var received =
                http.postJson(
                        "/api/v1/sale-point/transfers/" + id + "/receive",
                        "",
                        "Authorization",
                        staff);
        assertThat(received.status()).as(received.body()).isEqualTo(200);
        batchId = batch(p, fishSauce, "NO-25-01");
    }

    private String salePoint(String name) {
        var created =
                http.postJson(
                        "/api/v1/office/sale-points",
                        """
                        {"name":"%s","level":"PROVINCIAL","kind":"MARKET_BOOTH",
                         "provinceCode":"hue","commune":"Phường Đông Ba","street":"Chợ Đông Ba",
                         "operatorName":"Sở Công Thương"}
                        """
                                .formatted(name),
                        "Authorization",
                        shop.office);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private String staffOf(String sp) {
        String email = "staff-" + UUID.randomUUID() + "@ocop.vn";
        var staffAccount =
                http.postJson(
                        "/api/v1/office/sale-points/" + sp + "/staff",
                        "{\"email\":\"%s\",\"displayName\":\"Quầy\",\"password\":\"mat-khau-123\"}"
                                .formatted(email),
                        "Authorization",
                        shop.office);
        assertThat(staffAccount.status()).as(staffAccount.body()).isEqualTo(201);
        return "Bearer " + http.token(email, "mat-khau-123");
    }

    private String batch(Shop.Producer p, Shop.Item item, String lot) {
        var registered =
                http.postJson(
                        "/api/v1/producer/batches",
                        """
                        {"gtin":"%s","lot":"%s","productionDate":"%s","expiryDate":"%s",
                         "quantity":100,"unit":"PIECE","productionSite":"Xưởng HTX Nam Ô",
                         "inputs":[{"material":"Cá cơm","originProvince":"Đà Nẵng","originCommune":"Hòa Hiệp",
                           "supplier":"Tổ khai thác Nam Ô","quantity":300,"unit":"kg"}],
                         "steps":[{"kind":"HARVEST","date":"%s","place":"Nam Ô"},
                                  {"kind":"PROCESSING","date":"%s","note":"Ủ chượp"},
                                  {"kind":"PACKING","date":"%s"}]}
                        """
                                .formatted(
                                        item.gtin(),
                                        lot,
                                        TODAY.minusDays(10),
                                        TODAY.plusYears(1),
                                        TODAY.minusDays(20),
                                        TODAY.minusDays(10),
                                        TODAY.minusDays(5)),
                        "Authorization",
                        p.member());
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.json().get("id").asText();
    }

    private String link(String lot) {
        return "https://ocop.example.vn/01/0" + fishSauce.gtin() + "/10/" + lot;
    }

    private WebClient.Response sell(String body) {
        return http.postJson(
                "/api/v1/sale-point/" + salePoint + "/sales", body, "Authorization", staff);
    }

    private long stockHere() {
        var levels = http.get("/api/v1/sale-point/" + salePoint + "/stock", "Authorization", staff);
        return levels.json().get(0).get("onHand").asLong();
    }

    @Test
    void a_scanned_pack_is_sold_once_even_when_the_sale_is_synced_twice() {
        String body =
                """
                {"id":"%s","paymentMethod":"CASH","lines":[{"code":"%s","quantity":2}]}
                """
                        .formatted(UUID.randomUUID(), link("NO-25-01"));

        var sold = sell(body);
        var again = sell(body);

        assertThat(sold.status()).as(sold.body()).isEqualTo(201);
        assertThat(sold.json().get("totalVnd").asLong()).isEqualTo(240_000);
        assertThat(sold.json().at("/lines/0/lot").asText()).isEqualTo("NO-25-01");
        assertThat(sold.json().at("/lines/0/sku").asText()).isEqualTo(fishSauce.sku());
        assertThat(sold.json().get("salePointName").asText())
                .isEqualTo("Điểm bán OCOP chợ Đông Ba");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("replayed").asBoolean()).isTrue();
        assertThat(stockHere()).isEqualTo(3);

        // numbered like an order, paid in cash: one succeeded CASH payment recorded by the
        // cashier, its event keyed by the sale id; the re-sync recorded nothing more
        String number = sold.json().get("number").asText();
        assertThat(number).matches("OCOP-" + TODAY.getYear() + "-[0-9]{6,}");
        assertThat(again.json().get("number").asText()).isEqualTo(number);
        assertThat(sold.json().get("paymentState").asText()).isEqualTo("PAID");
        assertThat(sold.json().path("vietQrPayload").asText(null)).isNull();
        JsonNode history = history(number);
        assertThat(history.get("payments")).hasSize(1);
        JsonNode cash = history.get("payments").get(0);
        assertThat(cash.get("method").asText()).isEqualTo("CASH");
        assertThat(cash.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(cash.get("provider").asText()).isEqualTo("cash");
        assertThat(cash.get("amountVnd").asLong()).isEqualTo(240_000);
        assertThat(cash.get("recordedBy").asText()).isEqualTo(accountOf(staff));
        assertThat(history.get("events")).hasSize(1);
        assertThat(history.get("events").get(0).get("externalId").asText())
                .isEqualTo(sold.json().get("id").asText());
        assertThat(history.get("events").get(0).get("outcome").asText()).isEqualTo("COLLECTED");
        assertThat(sale(sold).json().get("paymentState").asText()).isEqualTo("PAID");

        var changed = sell(body.replace("\"quantity\":2", "\"quantity\":1"));
        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.json().get("code").asText()).isEqualTo("orders.idempotency-key-reused");
    }

    @Test
    void recalled_or_unknown_batches_and_missing_stock_are_refused_and_nothing_is_sold() {
        var recall =
                http.postJson(
                        "/api/v1/office/batches/" + batchId + "/recall",
                        "{\"reason\":\"Histamin vượt ngưỡng\"}",
                        "Authorization",
                        shop.office);
        assertThat(recall.status()).as(recall.body()).isEqualTo(200);

        var refused =
                sell(
                        """
                        {"id":"%s","paymentMethod":"VIETQR","lines":[
                          {"sku":"%s","quantity":1},
                          {"code":"%s","quantity":1},
                          {"gtin":"%s","lot":"NO-SUCH","quantity":1}]}
                        """
                                .formatted(
                                        UUID.randomUUID(),
                                        fishSauce.sku(),
                                        link("NO-25-01"),
                                        fishSauce.gtin()));

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("errors").findValuesAsText("field"))
                .containsExactly("lines[1].lot", "lines[2].lot");
        assertThat(refused.json().get("errors").get(0).get("code").asText())
                .isEqualTo("orders.batch-not-sellable");
        assertThat(stockHere()).isEqualTo(5);

        var tooMany =
                sell(
                        "{\"id\":\"%s\",\"paymentMethod\":\"CASH\",\"lines\":[{\"sku\":\"%s\",\"quantity\":6}]}"
                                .formatted(UUID.randomUUID(), fishSauce.sku()));
        assertThat(tooMany.status()).isEqualTo(409);
        assertThat(stockHere()).isEqualTo(5);
    }

    @Test
    void a_vietqr_sale_awaits_its_transfer_which_signed_bank_notifications_settle_once() {
        var one = sell(vietQrSale(UUID.randomUUID(), 1));
        String twoPacks = vietQrSale(UUID.randomUUID(), 2);
        var two = sell(twoPacks);
        assertThat(one.status()).as(one.body()).isEqualTo(201);
        assertThat(two.status()).as(two.body()).isEqualTo(201);
        // the goods leave the counter now; the money is awaited
        assertThat(stockHere()).isEqualTo(2);

        for (var sold : List.of(one, two)) {
            String number = sold.json().get("number").asText();
            long total = sold.json().get("totalVnd").asLong();
            assertThat(sold.json().get("paymentState").asText()).isEqualTo("AWAITING_TRANSFER");
            VietQrPayload payload = VietQr.parse(sold.json().get("vietQrPayload").asText());
            assertThat(payload.bankBin()).isEqualTo("970436");
            assertThat(payload.beneficiary()).isEqualTo("0011004455667");
            assertThat(payload.amount()).isEqualTo(Money.vnd(total));
            assertThat(payload.billNumber()).isEqualTo(number);
            assertThat(payload.purpose()).isEqualToIgnoringCase(number);
            JsonNode payments = history(number).get("payments");
            assertThat(payments).hasSize(1);
            assertThat(payments.get(0).get("method").asText()).isEqualTo("VIETQR");
            assertThat(payments.get(0).get("status").asText()).isEqualTo("PENDING");
            assertThat(payments.get(0).get("amountVnd").asLong()).isEqualTo(total);
        }
        // a re-synced VietQR sale: same sale and number, no second payment started
        var resent = sell(twoPacks);
        assertThat(resent.json().get("replayed").asBoolean()).isTrue();
        assertThat(resent.json().get("number").asText())
                .isEqualTo(two.json().get("number").asText());
        assertThat(history(two.json().get("number").asText()).get("payments")).hasSize(1);

        // each transfer notified three times; all six deliveries in a shuffled order
        List<String[]> deliveries = new ArrayList<>();
        for (var sold : List.of(one, two)) {
            String number = sold.json().get("number").asText();
            String content = "CK " + number.replace("-", "").toLowerCase() + " 0912345678";
            String tx = "FT" + UUID.randomUUID().toString().substring(0, 10);
            for (int i = 0; i < 3; i++) {
                deliveries.add(
                        new String[] {sold.json().get("totalVnd").asText(), content, tx, number});
            }
        }
        long seed = System.nanoTime();
        Collections.shuffle(deliveries, new Random(seed));
        List<String> outcomes = new ArrayList<>();
        for (String[] d : deliveries) {
            var notified = notify(Long.parseLong(d[0]), d[1], d[2]);
            assertThat(notified.status())
                    .as("seed " + seed + ": " + notified.body())
                    .isEqualTo(200);
            assertThat(notified.json().get("orderNumber").asText()).isEqualTo(d[3]);
            outcomes.add(notified.json().get("outcome").asText());
        }
        assertThat(outcomes).as("seed " + seed).containsOnly("SETTLED");

        for (var sold : List.of(one, two)) {
            String number = sold.json().get("number").asText();
            var now = sale(sold).json();
            assertThat(now.get("paymentState").asText()).as("seed " + seed).isEqualTo("PAID");
            assertThat(now.path("vietQrPayload").asText(null)).isNull();
            JsonNode history = history(number);
            assertThat(history.get("payments")).hasSize(1);
            assertThat(history.get("payments").get(0).get("status").asText())
                    .isEqualTo("SUCCEEDED");
            // the payment keeps the bank's transaction id, as an online order's would
            String tx = deliveries.stream().filter(d -> d[3].equals(number)).findFirst().get()[2];
            assertThat(history.get("payments").get(0).get("providerRef").asText()).isEqualTo(tx);
            assertThat(history.get("events")).hasSize(1);
            assertThat(history.get("events").get(0).get("outcome").asText()).isEqualTo("SETTLED");
        }
        assertThat(stockHere()).isEqualTo(2);
    }

    @Test
    void a_wrong_amount_for_a_vietqr_sale_is_flagged_and_the_office_confirms_it_by_hand() {
        var sold = sell(vietQrSale(UUID.randomUUID(), 1));
        String number = sold.json().get("number").asText();

        var under = notify(100_000, number, "FT-" + UUID.randomUUID());

        assertThat(under.json().get("outcome").asText()).isEqualTo("UNDERPAID");
        var flagged = sale(sold).json();
        assertThat(flagged.get("paymentState").asText()).isEqualTo("NEEDS_REVIEW");
        assertThat(flagged.get("vietQrPayload").asText()).isNotBlank();
        JsonNode review =
                http.get("/api/v1/office/payments/review", "Authorization", shop.office).json();
        assertThat(review.findValuesAsText("orderNumber")).contains(number);
        assertThat(history(number).get("payments").findValuesAsText("status"))
                .containsExactlyInAnyOrder("PENDING", "REVIEW");

        var confirmed =
                http.postJson(
                        "/api/v1/office/payments/orders/" + number + "/confirm",
                        "{\"note\":\"Khách chuyển bù 20.000đ tại quầy\"}",
                        "Authorization",
                        shop.office);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(sale(sold).json().get("paymentState").asText()).isEqualTo("PAID");
        // the awaited transfer is what the office confirmed: settled, not left pending
        JsonNode settled = history(number).get("payments");
        assertThat(settled.findValuesAsText("status"))
                .containsExactlyInAnyOrder("SUCCEEDED", "REVIEW");
        for (JsonNode payment : settled) {
            if (payment.get("status").asText().equals("SUCCEEDED")) {
                assertThat(payment.get("note").asText())
                        .isEqualTo("Khách chuyển bù 20.000đ tại quầy");
                assertThat(payment.get("recordedBy").asText()).isNotBlank();
            }
        }
        JsonNode after =
                http.get("/api/v1/office/payments/review", "Authorization", shop.office).json();
        assertThat(after.findValuesAsText("orderNumber")).doesNotContain(number);
        // money arriving later for the paid sale is flagged, it does not pay it twice
        var late = notify(120_000, number, "FT-" + UUID.randomUUID());
        assertThat(late.json().get("outcome").asText()).isEqualTo("ALREADY_PAID");
        assertThat(history(number).get("payments").findValuesAsText("status"))
                .containsOnlyOnce("SUCCEEDED");
    }

    @Test
    void the_sale_list_shows_each_sales_number_and_payment_state() {
        var cash =
                sell(
                        "{\"id\":\"%s\",\"paymentMethod\":\"CASH\",\"lines\":[{\"sku\":\"%s\",\"quantity\":1}]}"
                                .formatted(UUID.randomUUID(), fishSauce.sku()));
        var awaiting = sell(vietQrSale(UUID.randomUUID(), 1));
        var flagged = sell(vietQrSale(UUID.randomUUID(), 1));
        notify(1_000, flagged.json().get("number").asText(), "FT-" + UUID.randomUUID());

        var list =
                http.get(
                        "/api/v1/sale-point/" + salePoint + "/sales?limit=10",
                        "Authorization",
                        staff);

        assertThat(list.status()).as(list.body()).isEqualTo(200);
        java.util.Map<String, String> states = new java.util.HashMap<>();
        list.json()
                .forEach(s -> states.put(s.get("number").asText(), s.get("paymentState").asText()));
        assertThat(states)
                .containsExactlyInAnyOrderEntriesOf(
                        java.util.Map.of(
                                cash.json().get("number").asText(), "PAID",
                                awaiting.json().get("number").asText(), "AWAITING_TRANSFER",
                                flagged.json().get("number").asText(), "NEEDS_REVIEW"));
    }

    @Test
    void another_sale_points_staff_cannot_read_a_sale_and_an_unknown_sale_is_404() {
        var sold = sell(vietQrSale(UUID.randomUUID(), 1));
        String elsewhere = staffOf(salePoint("Điểm bán bên cạnh"));
        String path = "/api/v1/sale-point/" + salePoint + "/sales/";

        assertThat(
                        http.get(path + sold.json().get("id").asText(), "Authorization", elsewhere)
                                .status())
                .isEqualTo(403);
        var unknown = http.get(path + UUID.randomUUID(), "Authorization", staff);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asText()).isEqualTo("orders.sale-not-found");
    }

    private String vietQrSale(UUID id, int quantity) {
        return "{\"id\":\"%s\",\"paymentMethod\":\"VIETQR\",\"lines\":[{\"code\":\"%s\",\"quantity\":%d}]}"
                .formatted(id, link("NO-25-01"), quantity);
    }

    private WebClient.Response sale(WebClient.Response sold) {
        return http.get(
                "/api/v1/sale-point/" + salePoint + "/sales/" + sold.json().get("id").asText(),
                "Authorization",
                staff);
    }

    private JsonNode history(String number) {
        var history =
                http.get("/api/v1/office/payments/orders/" + number, "Authorization", shop.office);
        assertThat(history.status()).as(history.body()).isEqualTo(200);
        return history.json();
    }

    private String accountOf(String token) {
        return http.get("/api/v1/me", "Authorization", token).json().get("id").asText();
    }

    private WebClient.Response notify(long amount, String content, String transactionId) {
        String body =
                "{\"amount\":%d,\"content\":\"%s\",\"transactionId\":\"%s\"}"
                        .formatted(amount, content, transactionId);
        return http.send(
                http.builder("/api/v1/payments/bank/notifications")
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .header(
                                "X-Signature",
                                "sha256="
                                        + BankNotifications.sign(
                                                body.getBytes(StandardCharsets.UTF_8), SECRET))
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    @Test
    void staff_sell_only_at_their_own_sale_point() {
        String elsewhere = staffOf(salePoint("Điểm bán khác"));
        var refused =
                http.postJson(
                        "/api/v1/sale-point/" + salePoint + "/sales",
                        "{\"id\":\"%s\",\"paymentMethod\":\"CASH\",\"lines\":[{\"sku\":\"%s\",\"quantity\":1}]}"
                                .formatted(UUID.randomUUID(), fishSauce.sku()),
                        "Authorization",
                        elsewhere);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(stockHere()).isEqualTo(5);
    }
}
