package vn.ocop.orders.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.kernel.Money;
import vn.ocop.orders.payment.TestPayableOrders.State;
import vn.ocop.orders.payment.bank.BankNotifications;
import vn.ocop.orders.payment.vietqr.ServiceCode;
import vn.ocop.orders.payment.vietqr.VietQr;
import vn.ocop.orders.payment.vietqr.VietQrPayload;
import vn.ocop.testkit.QrScan;
import vn.ocop.testkit.WebClient;

/**
 * VietQR end to end over HTTP on real PostgreSQL: the buyer's code and status, the bank's signed
 * notifications matched tolerantly by reference and amount, redeliveries, wrong amounts and unknown
 * references flagged for the office, manual confirmation audited, bad input refused whole.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.test.payable-orders", value = "double")
@Property(name = "ocop.admin.email", value = "office@payments.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
@Property(name = "ocop.vietqr.bank-bin", value = "970436")
@Property(name = "ocop.vietqr.account", value = "0071000888999")
@Property(name = "ocop.vietqr.account-name", value = "HTX OCOP QUANG NINH")
@Property(name = "ocop.bank.webhook-secret", value = BankTransferApiTest.SECRET)
class BankTransferApiTest {

    static final String SECRET = "bank-webhook-secret-for-tests";

    @Inject EmbeddedServer server;
    @Inject TestPayableOrders orders;
    @Inject Counts counts;

    WebClient http;
    String office;

    @BeforeEach
    void setUp() {
        http = new WebClient(server.getURI());
        office = "Bearer " + http.token("office@payments.test", "office-password-1");
    }

    @Test
    void the_buyer_gets_a_dynamic_vietqr_code_for_the_order_and_polls_until_the_bank_says_paid() {
        String email = "buyer-" + UUID.randomUUID() + "@payments.test";
        String token = "Bearer " + http.consumerToken(email);
        UUID buyer =
                UUID.fromString(
                        http.get("/api/v1/me", "Authorization", token).json().get("id").asText());
        String number = orders.place(PaymentMethod.VIETQR, 350_000, buyer, "0912345678", email);

        WebClient.Response code =
                http.get("/api/v1/orders/" + number + "/payment/vietqr", "Authorization", token);

        assertThat(code.status()).as(code.body()).isEqualTo(200);
        JsonNode view = code.json();
        assertThat(view.get("status").asText()).isEqualTo("AWAITING_PAYMENT");
        assertThat(view.get("amountVnd").asLong()).isEqualTo(350_000);
        assertThat(view.get("accountName").asText()).isEqualTo("HTX OCOP QUANG NINH");
        VietQrPayload payload = VietQr.parse(view.get("payload").asText());
        assertThat(payload.guid()).isEqualTo("A000000727");
        assertThat(payload.bankBin()).isEqualTo("970436");
        assertThat(payload.beneficiary()).isEqualTo("0071000888999");
        assertThat(payload.service()).isEqualTo(ServiceCode.ACCOUNT);
        assertThat(payload.currency()).isEqualTo("704");
        assertThat(payload.country()).isEqualTo("VN");
        assertThat(payload.amount()).isEqualTo(Money.vnd(350_000));
        assertThat(payload.billNumber()).isEqualTo(number);
        assertThat(payload.purpose()).isEqualToIgnoringCase(number);
        // the same payload as a symbol a banking app scans
        var png =
                http.bytes(
                        "/api/v1/orders/" + number + "/payment/vietqr.png", "Authorization", token);
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("image/png"));
        assertThat(QrScan.png(png.body()))
                .extracting(QrScan.Symbol::text)
                .containsExactly(view.get("payload").asText());
        WebClient.Response svg =
                http.get(
                        "/api/v1/orders/" + number + "/payment/vietqr.svg",
                        "Authorization",
                        token,
                        "Accept",
                        "image/svg+xml");
        assertThat(svg.status()).isEqualTo(200);
        assertThat(QrScan.image(QrScan.svg(svg.body(), 4)))
                .extracting(QrScan.Symbol::text)
                .containsExactly(view.get("payload").asText());

        // the bank strips the dashes, upper-cases and glues the payer's phone on
        String content =
                "CK " + number.replace("-", "").toLowerCase() + " 0912345678 thanh toan don hang";
        WebClient.Response notified = notify(350_000, content, "FT26327" + number);
        assertThat(notified.status()).as(notified.body()).isEqualTo(200);
        assertThat(notified.json().get("outcome").asText()).isEqualTo("SETTLED");

        JsonNode paid =
                http.get("/api/v1/orders/" + number + "/payment/vietqr", "Authorization", token)
                        .json();
        assertThat(paid.get("status").asText()).isEqualTo("PAID");
        assertThat(orders.row(number).state()).isEqualTo(State.CONFIRMED);
        assertThat(counts.payments(number, "SUCCEEDED")).isEqualTo(1);
    }

    @Test
    void a_guest_sees_the_code_with_the_order_number_and_checkout_phone_and_nobody_else_does() {
        String number = orders.place(PaymentMethod.VIETQR, 120_000, null, "0987 654 321", null);
        String path = "/api/v1/orders/" + number + "/payment/vietqr";

        assertThat(http.get(path + "?phone=%2B84987654321").status()).isEqualTo(200);
        WebClient.Response wrongPhone = http.get(path + "?phone=0900000000");
        assertThat(wrongPhone.status()).isEqualTo(404);
        assertThat(wrongPhone.header("Content-Type")).contains("application/problem+json");
        assertThat(http.get(path).status()).isEqualTo(404);
        String stranger = "Bearer " + http.consumerToken("stranger-" + UUID.randomUUID() + "@x.vn");
        assertThat(http.get(path, "Authorization", stranger).status()).isEqualTo(404);
        assertThat(http.get(path, "Authorization", office).status()).isEqualTo(200);

        String cod = orders.place(PaymentMethod.COD, 120_000, null, "0987654321", null);
        WebClient.Response notVietQr =
                http.get("/api/v1/orders/" + cod + "/payment/vietqr?phone=0987654321");
        assertThat(notVietQr.status()).isEqualTo(409);
        assertThat(notVietQr.json().get("code").asText()).isEqualTo("payments.wrong-method");
    }

    @Test
    void a_redelivered_notification_answers_200_and_changes_nothing() {
        String number = orders.place(PaymentMethod.VIETQR, 99_000, null, "0911111111", null);
        String tx = "TX-" + UUID.randomUUID();

        assertThat(notify(99_000, number, tx).json().get("outcome").asText()).isEqualTo("SETTLED");
        WebClient.Response again = notify(99_000, number, tx);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("duplicate").asBoolean()).isTrue();
        assertThat(again.json().get("outcome").asText()).isEqualTo("SETTLED");
        assertThat(counts.payments(number, null)).isEqualTo(1);
        assertThat(counts.events("bank", tx)).isEqualTo(1);
        assertThat(orders.row(number).settledTimes()).isEqualTo(1);
    }

    @Test
    void an_underpayment_is_flagged_not_settled_and_the_office_confirms_it_by_hand_with_a_note() {
        String number = orders.place(PaymentMethod.VIETQR, 500_000, null, "0922222222", null);

        WebClient.Response under =
                notify(450_000, "thanh toan " + number, "TX-" + UUID.randomUUID());

        assertThat(under.json().get("outcome").asText()).isEqualTo("UNDERPAID");
        assertThat(orders.row(number).state()).isEqualTo(State.AWAITING_PAYMENT);
        JsonNode review =
                http.get("/api/v1/office/payments/review", "Authorization", office).json();
        assertThat(review.findValuesAsText("orderNumber")).contains(number);

        WebClient.Response noNote =
                http.postJson(
                        "/api/v1/office/payments/orders/" + number + "/confirm",
                        "{\"note\":\" \"}",
                        "Authorization",
                        office,
                        "Accept-Language",
                        "vi");
        assertThat(noNote.status()).isEqualTo(422);
        assertThat(orders.row(number).settled()).isFalse();

        WebClient.Response confirmed =
                http.postJson(
                        "/api/v1/office/payments/orders/" + number + "/confirm",
                        "{\"note\":\"Khách chuyển bù 50.000đ qua quầy\"}",
                        "Authorization",
                        office);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().get("recordedBy").asText()).isNotBlank();
        assertThat(orders.row(number).state()).isEqualTo(State.CONFIRMED);

        JsonNode history =
                http.get("/api/v1/office/payments/orders/" + number, "Authorization", office)
                        .json();
        JsonNode events = history.get("events");
        assertThat(events).hasSize(2);
        assertThat(events.get(0).get("outcome").asText()).isEqualTo("UNDERPAID");
        assertThat(events.get(0).get("reviewedBy").asText()).isNotBlank();
        assertThat(events.get(0).get("reviewNote").asText()).contains("50.000đ");
        assertThat(events.get(1).get("outcome").asText()).isEqualTo("CONFIRMED");
        assertThat(events.get(1).get("actor").asText())
                .isEqualTo(confirmed.json().get("recordedBy").asText());
        assertThat(events.get(1).get("note").asText())
                .isEqualTo("Khách chuyển bù 50.000đ qua quầy");
        JsonNode after = http.get("/api/v1/office/payments/review", "Authorization", office).json();
        assertThat(after.findValuesAsText("orderNumber")).doesNotContain(number);

        WebClient.Response twice =
                http.postJson(
                        "/api/v1/office/payments/orders/" + number + "/confirm",
                        "{\"note\":\"again\"}",
                        "Authorization",
                        office);
        assertThat(twice.status()).isEqualTo(409);
    }

    @Test
    void an_overpayment_and_a_second_transfer_for_a_paid_order_are_flagged() {
        String number = orders.place(PaymentMethod.VIETQR, 200_000, null, "0933333333", null);

        assertThat(
                        notify(250_000, number, "TX-" + UUID.randomUUID())
                                .json()
                                .get("outcome")
                                .asText())
                .isEqualTo("OVERPAID");
        assertThat(
                        notify(200_000, number, "TX-" + UUID.randomUUID())
                                .json()
                                .get("outcome")
                                .asText())
                .isEqualTo("SETTLED");
        assertThat(
                        notify(200_000, number, "TX-" + UUID.randomUUID())
                                .json()
                                .get("outcome")
                                .asText())
                .isEqualTo("ALREADY_PAID");

        assertThat(counts.payments(number, "SUCCEEDED")).isEqualTo(1);
        assertThat(counts.payments(number, "REVIEW")).isEqualTo(2);
        assertThat(orders.row(number).settledTimes()).isEqualTo(1);
    }

    @Test
    void an_unknown_reference_is_recorded_as_unmatched_for_the_office() {
        String tx = "TX-" + UUID.randomUUID();

        WebClient.Response response = notify(75_000, "tien nha thang 11 OCOP-2099-999999", tx);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("outcome").asText()).isEqualTo("UNMATCHED");
        JsonNode review =
                http.get("/api/v1/office/payments/review", "Authorization", office).json();
        assertThat(review.findValuesAsText("externalId")).contains(tx);
    }

    @Test
    void a_bad_signature_is_refused_with_401_and_nothing_is_recorded() {
        String number = orders.place(PaymentMethod.VIETQR, 99_000, null, "0944444444", null);
        String tx = "TX-" + UUID.randomUUID();
        String body = body(99_000, number, tx);

        WebClient.Response forged =
                post(body, BankNotifications.sign(body.getBytes(StandardCharsets.UTF_8), "wrong"));
        WebClient.Response missing = post(body, null);
        WebClient.Response notHex = post(body, "sha256=zz");

        for (WebClient.Response r : new WebClient.Response[] {forged, missing, notHex}) {
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.header("Content-Type")).contains("application/problem+json");
            assertThat(r.json().get("code").asText()).isEqualTo("payments.bad-signature");
        }
        assertThat(counts.events("bank", tx)).isZero();
        assertThat(orders.row(number).settled()).isFalse();
    }

    @Test
    void a_signed_but_unreadable_notification_is_a_4xx_problem_and_nothing_is_recorded() {
        WebClient.Response notJson = post("{not json", sign("{not json"));
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.json().get("code").asText())
                .isEqualTo("payments.malformed-notification");

        String incomplete = "{\"amount\":-5,\"content\":\"x\",\"time\":\"yesterday\"}";
        WebClient.Response invalid = post(incomplete, sign(incomplete), "Accept-Language", "vi");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("amount", "transactionId", "time");
        assertThat(invalid.json().get("title").asText()).isEqualTo("Giá trị không hợp lệ");

        String fractional = "{\"amount\":1.5,\"content\":\"x\",\"transactionId\":\"T1\"}";
        assertThat(post(fractional, sign(fractional)).status()).isEqualTo(422);
        assertThat(counts.events("bank", "T1")).isZero();
    }

    @Test
    void a_cancelled_order_cannot_be_confirmed_by_hand_and_late_money_for_it_is_flagged() {
        String number = orders.place(PaymentMethod.VIETQR, 80_000, null, "0977777777", null);
        orders.abandon(number, "reservation lapsed");

        WebClient.Response confirm =
                http.postJson(
                        "/api/v1/office/payments/orders/" + number + "/confirm",
                        "{\"note\":\"khách báo đã chuyển\"}",
                        "Authorization",
                        office);
        WebClient.Response late = notify(80_000, number, "TX-" + UUID.randomUUID());

        assertThat(confirm.status()).isEqualTo(409);
        assertThat(confirm.json().get("code").asText()).isEqualTo("payments.not-awaiting-payment");
        assertThat(late.json().get("outcome").asText()).isEqualTo("NOT_AWAITING");
        assertThat(orders.row(number).state()).isEqualTo(State.CANCELLED);
        assertThat(counts.payments(number, "SUCCEEDED")).isZero();
        assertThat(counts.payments(number, "REVIEW")).isEqualTo(1);
    }

    @Test
    void a_statement_csv_goes_through_the_same_matching_and_a_notified_transfer_counts_once() {
        String paidByStatement =
                orders.place(PaymentMethod.VIETQR, 210_000, null, "0955555555", null);
        String notified = orders.place(PaymentMethod.VIETQR, 95_000, null, "0955555556", null);
        String tx = "FT" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(notify(95_000, notified, tx).json().get("outcome").asText())
                .isEqualTo("SETTLED");
        String csv =
                "Ngày;Số tiền;Nội dung;Mã giao dịch\n"
                        + "22/11/2026 09:10;210.000;\"NGUYEN VAN A CK "
                        + paidByStatement.replace("-", "")
                        + "\";ST-1-"
                        + tx
                        + "\n"
                        + "22/11/2026;-50.000;Phi dich vu;ST-2-"
                        + tx
                        + "\n"
                        + "22/11/2026 10:00;95.000;"
                        + notified
                        + ";"
                        + tx
                        + "\n"
                        + "22/11/2026 11:00;40.000;chuyen tien an trua;ST-3-"
                        + tx
                        + "\n";

        WebClient.Response imported = statement(csv);

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        JsonNode result = imported.json();
        assertThat(result.get("credits").asInt()).isEqualTo(3);
        assertThat(result.get("skippedDebits").asInt()).isEqualTo(1);
        assertThat(result.get("outcomes").get("SETTLED").asInt()).isEqualTo(2);
        assertThat(result.get("outcomes").get("UNMATCHED").asInt()).isEqualTo(1);
        assertThat(result.get("lines").get(1).get("duplicate").asBoolean()).isTrue();
        assertThat(orders.row(paidByStatement).state()).isEqualTo(State.CONFIRMED);
        assertThat(orders.row(notified).settledTimes()).isEqualTo(1);
        assertThat(counts.payments(notified, null)).isEqualTo(1);
    }

    @Test
    void a_statement_with_a_bad_line_is_refused_whole_naming_the_line() {
        String order = orders.place(PaymentMethod.VIETQR, 60_000, null, "0966666666", null);
        String tx = "ST-" + UUID.randomUUID();
        String csv =
                "date,amount,content,transaction id\n"
                        + "2026-11-22,60000,"
                        + order
                        + ","
                        + tx
                        + "\n"
                        + "2026-11-22,sáu mươi nghìn,"
                        + order
                        + ",ST-bad\n";

        WebClient.Response refused = statement(csv);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("code").asText()).isEqualTo("payments.invalid-statement");
        assertThat(refused.json().get("errors").get(0).get("field").asText())
                .isEqualTo("line 3: amount");
        assertThat(orders.row(order).settled()).isFalse();
        assertThat(counts.events("bank", tx)).isZero();

        WebClient.Response noHeader = statement("a,b\n1,2\n");
        assertThat(noHeader.status()).isEqualTo(422);
        WebClient.Response consumer =
                http.send(
                        http.builder(
                                        "/api/v1/office/payments/bank/statements",
                                        "Authorization",
                                        "Bearer "
                                                + http.consumerToken(
                                                        "c-" + UUID.randomUUID() + "@x.vn"))
                                .header("Content-Type", "text/csv")
                                .header("Accept", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(csv)));
        assertThat(consumer.status()).isEqualTo(403);
    }

    WebClient.Response statement(String csv) {
        return http.send(
                http.builder("/api/v1/office/payments/bank/statements", "Authorization", office)
                        .header("Content-Type", "text/csv")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
    }

    WebClient.Response notify(long amount, String content, String transactionId) {
        String body = body(amount, content, transactionId);
        return post(body, sign(body));
    }

    static String body(long amount, String content, String transactionId) {
        return "{\"amount\":"
                + amount
                + ",\"content\":\""
                + content
                + "\",\"transactionId\":\""
                + transactionId
                + "\",\"time\":\"2026-11-22T10:15:30+07:00\"}";
    }

    static String sign(String body) {
        return "sha256=" + BankNotifications.sign(body.getBytes(StandardCharsets.UTF_8), SECRET);
    }

    WebClient.Response post(String body, String signature, String... headers) {
        HttpRequest.Builder request =
                http.builder("/api/v1/payments/bank/notifications", headers)
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (signature != null) {
            request.header("X-Signature", signature);
        }
        return http.send(request);
    }

    /** Row counts straight from the payment log's tables. */
    @jakarta.inject.Singleton
    static class Counts {
        private final JdbcOperations jdbc;

        Counts(JdbcOperations jdbc) {
            this.jdbc = jdbc;
        }

        @Transactional
        int payments(String orderNumber, String status) {
            return jdbc.prepareStatement(
                    "SELECT count(*) FROM orders.payments WHERE order_number = ?"
                            + " AND (? IS NULL OR status = ?)",
                    s -> {
                        s.setString(1, orderNumber);
                        s.setString(2, status);
                        s.setString(3, status);
                        try (var rs = s.executeQuery()) {
                            rs.next();
                            return rs.getInt(1);
                        }
                    });
        }

        @Transactional
        int events(String provider, String externalId) {
            return jdbc.prepareStatement(
                    "SELECT count(*) FROM orders.payment_events WHERE provider = ?"
                            + " AND external_id = ?",
                    s -> {
                        s.setString(1, provider);
                        s.setString(2, externalId);
                        try (var rs = s.executeQuery()) {
                            rs.next();
                            return rs.getInt(1);
                        }
                    });
        }
    }
}
