package vn.ocop.storefront.shop;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.testkit.WebClient;

/**
 * The shop pages over real HTTP as a browser without JavaScript uses them: cart, checkout, order,
 * account and a producer's fulfilments, with their refusals (CSRF, other consumers' orders, other
 * producers' fulfilments, bad input that places no order).
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.admin.email", value = "office@shop-pages.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
@Property(name = "ocop.vietqr.bank-bin", value = "970436")
@Property(name = "ocop.vietqr.account", value = "0071000888999")
@Property(name = "ocop.vietqr.account-name", value = "HTX OCOP QUANG NINH")
@Property(name = "ocop.bank.webhook-secret", value = ShopPagesTest.SECRET)
class ShopPagesTest {

    static final String SECRET = "bank-secret-for-shop-pages";

    private static final Pattern ORDER = Pattern.compile("/don-hang/([A-Z0-9-]+)(/thanh-toan)?$");

    @Inject EmbeddedServer server;

    ShopFixtures fixtures;
    ShopFixtures.Member fishSauce;
    ShopFixtures.Member honey;
    ShopFixtures.Item sauce;
    ShopFixtures.Item jar;

    @BeforeEach
    void setUp() {
        fixtures = new ShopFixtures(server.getURI(), "office@shop-pages.test", "office-password-1");
        fishSauce = fixtures.producer("HTX Nước mắm Cát Hải");
        honey = fixtures.producer("HTX Mật ong Mèo Vạc");
        sauce = fixtures.product(fishSauce, "Nước mắm Cát Hải", 120_000);
        jar = fixtures.product(honey, "Mật ong bạc hà Mèo Vạc", 250_000);
        fixtures.receive(fishSauce, sauce.sku(), 20);
        fixtures.receive(honey, jar.sku(), 20);
    }

    private WebClient consumer() {
        return fixtures.loggedIn(server.getURI(), fixtures.consumer());
    }

    private void addToCart(WebClient browser, ShopFixtures.Item item, int quantity) {
        var product = browser.page("/san-pham/" + item.productId());
        assertThat(product.status()).isEqualTo(200);
        assertThat(product.body()).contains("action=\"/gio-hang\"");
        var added =
                browser.postForm(
                        "/gio-hang",
                        Map.of(
                                "csrfToken", product.csrfToken(),
                                "sku", item.sku(),
                                "quantity", String.valueOf(quantity)));
        assertThat(added.status()).as(added.body()).isEqualTo(303);
        assertThat(added.header("Location")).isEqualTo("/gio-hang");
    }

    private Map<String, String> checkoutForm(WebClient browser, String payment) {
        var page = browser.page("/thanh-toan");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        Matcher key =
                Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(key.find()).isTrue();
        Map<String, String> form = new HashMap<>();
        form.put("csrfToken", page.csrfToken());
        form.put("idempotencyKey", key.group(1));
        form.put("name", "Trần Thị Mai");
        form.put("phone", "0987654321");
        form.put("email", "");
        form.put("delivery", "HOME");
        form.put("province", "ha-noi");
        form.put("commune", "00004"); // Phường Ba Đình, as the commune select sends it
        form.put("street", "12 Phố Điện Biên Phủ");
        form.put("payment", payment);
        return form;
    }

    private String place(WebClient browser, Map<String, String> form) {
        var placed = browser.postForm("/thanh-toan", form);
        assertThat(placed.status()).as(placed.body()).isEqualTo(303);
        Matcher m = ORDER.matcher(placed.header("Location"));
        assertThat(m.find()).as(placed.header("Location")).isTrue();
        return m.group(1);
    }

    @Test
    void
            a_guest_cart_groups_lines_by_producer_with_vnd_prices_and_quantities_change_and_lines_go() {
        WebClient guest = new WebClient(server.getURI());
        addToCart(guest, sauce, 2);
        addToCart(guest, jar, 1);
        assertThat(guest.cookie("ocop_cart")).isNotBlank();

        var cart = guest.page("/gio-hang");
        assertThat(cart.status()).isEqualTo(200);
        assertThat(cart.body())
                .contains("Từ HTX Nước mắm Cát Hải", "Từ HTX Mật ong Mèo Vạc")
                .contains("120.000 ₫", "240.000 ₫", "250.000 ₫")
                .contains(
                        "Tạm tính: <strong class=\"price\" id=\"cart-subtotal\">490.000 ₫</strong>")
                .doesNotContain("??");

        var changed =
                guest.postForm(
                        "/gio-hang/so-luong",
                        Map.of("csrfToken", cart.csrfToken(), "sku", sauce.sku(), "quantity", "3"));
        assertThat(changed.status()).isEqualTo(303);
        var removed =
                guest.postForm(
                        "/gio-hang/so-luong",
                        Map.of("csrfToken", cart.csrfToken(), "sku", jar.sku(), "quantity", "0"));
        assertThat(removed.status()).isEqualTo(303);
        var after = guest.page("/gio-hang");
        assertThat(after.body()).contains("360.000 ₫").doesNotContain("Mật ong bạc hà");
    }

    @Test
    void form_posts_without_the_csrf_token_are_refused_and_change_nothing() {
        WebClient guest = new WebClient(server.getURI());
        guest.page("/san-pham/" + sauce.productId());
        var noToken = guest.postForm("/gio-hang", Map.of("sku", sauce.sku(), "quantity", "1"));
        assertThat(noToken.status()).isEqualTo(403);
        assertThat(guest.page("/gio-hang").body()).contains("Giỏ hàng của bạn đang trống.");

        WebClient buyer = consumer();
        addToCart(buyer, sauce, 1);
        Map<String, String> form = checkoutForm(buyer, "COD");
        form.put("csrfToken", "forged");
        assertThat(buyer.postForm("/thanh-toan", form).status()).isEqualTo(403);
        form.remove("csrfToken");
        assertThat(buyer.postForm("/thanh-toan", form).status()).isEqualTo(403);
        assertThat(buyer.page("/tai-khoan").body()).contains("Bạn chưa có đơn hàng nào.");
        assertThat(fixtures.available(fishSauce, sauce.sku())).isEqualTo(20);
    }

    @Test
    void checkout_needs_a_consumer_login_and_comes_back_after_it() {
        WebClient guest = new WebClient(server.getURI());
        addToCart(guest, sauce, 1);
        var checkout = guest.page("/thanh-toan");
        assertThat(checkout.status()).isEqualTo(303);
        assertThat(checkout.header("Location")).isEqualTo("/login");

        String email = fixtures.consumer();
        var form = guest.page("/login");
        var login =
                guest.postForm(
                        "/login",
                        Map.of(
                                "csrfToken",
                                form.csrfToken(),
                                "identifier",
                                email,
                                "password",
                                ShopFixtures.PASSWORD));
        assertThat(login.status()).isEqualTo(303);
        assertThat(login.header("Location")).endsWith("/thanh-toan");
        var page = guest.page("/thanh-toan");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Nước mắm Cát Hải", "120.000 ₫");
    }

    @Test
    void
            bad_checkout_input_shows_errors_next_to_the_fields_in_both_languages_and_places_no_order() {
        WebClient buyer = consumer();
        addToCart(buyer, sauce, 1);
        Map<String, String> form = checkoutForm(buyer, "COD");
        form.put("name", " ");
        form.put("phone", "12345");
        form.put("commune", "");
        form.put("province", "");

        var refused = buyer.postForm("/thanh-toan", form);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains(
                        "<p class=\"field-error\" id=\"name-error\">Vui lòng nhập thông tin này.</p>")
                .contains("<p class=\"field-error\" id=\"phone-error\">Số điện thoại không hợp lệ")
                .contains("id=\"commune-error\"", "id=\"province-error\"")
                .contains("aria-invalid=\"true\"")
                .contains("value=\"12345\"")
                .doesNotContain("??");

        buyer.page("/lang/en?next=/");
        var english = buyer.postForm("/thanh-toan", form);
        assertThat(english.status()).isEqualTo(422);
        assertThat(english.body())
                .contains("<p class=\"field-error\" id=\"name-error\">Please fill this in.</p>")
                .contains("Not a valid phone number")
                .doesNotContain("Vui lòng", "??");

        // the service's own checks also land next to the field: an unknown province
        form.put("name", "Trần Thị Mai");
        form.put("phone", "0987654321");
        form.put("commune", "00004");
        form.put("province", "atlantis");
        var unknown = buyer.postForm("/thanh-toan", form);
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body()).contains("id=\"province-error\"");

        // pickup without choosing a sale point
        form.put("province", "ha-noi");
        form.put("delivery", "PICKUP");
        var noPoint = buyer.postForm("/thanh-toan", form);
        assertThat(noPoint.status()).isEqualTo(422);
        assertThat(noPoint.body())
                .contains("id=\"salePoint-error\"", "Please choose a pickup sale point.");

        assertThat(buyer.page("/tai-khoan").body()).contains("You have no orders yet.");
        assertThat(fixtures.available(fishSauce, sauce.sku())).isEqualTo(20);
    }

    @Test
    void the_commune_is_a_select_of_the_chosen_provinces_communes_with_and_without_javascript() {
        WebClient buyer = consumer();
        addToCart(buyer, sauce, 1);

        var page = buyer.page("/thanh-toan");
        assertThat(page.body())
                .contains("<select id=\"commune\" name=\"commune\"")
                .contains("Chọn tỉnh/thành phố trước")
                .contains("hx-get=\"/thanh-toan/xa-phuong\"", "hx-include=\"#province\"")
                .contains("<noscript><button type=\"submit\" name=\"refresh\" value=\"communes\"")
                .doesNotContain("<option value=\"00070\"", "??");

        // with JavaScript: htmx fetches the select for the province just chosen
        var hanoi = buyer.page("/thanh-toan/xa-phuong?province=ha-noi");
        assertThat(hanoi.status()).isEqualTo(200);
        assertThat(hanoi.body())
                .contains("id=\"commune-field\"")
                .contains("Chọn xã/phường/đặc khu")
                .containsPattern(
                        "<option value=\"00070\" data-folded=\"[^\"]+\">Phường Hoàn Kiếm</option>")
                .doesNotContain("Phường Lê Chân", "disabled", "??");
        assertThat(hanoi.body().split("<option value=\"[0-9]{5}\"")).hasSize(126 + 1);

        // without JavaScript: the button posts the form, which comes back with the communes and
        // everything typed so far, and no order is placed
        Map<String, String> form = checkoutForm(buyer, "COD");
        form.put("province", "hai-phong");
        form.put("commune", "");
        form.put("refresh", "communes");
        var refreshed = buyer.postForm("/thanh-toan", form);
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        assertThat(refreshed.body())
                .contains(">Phường Lê Chân</option>", ">Đặc khu Cát Hải</option>")
                .contains("value=\"Trần Thị Mai\"")
                .doesNotContain(">Phường Hoàn Kiếm</option>", "field-error", "??");

        buyer.page("/lang/en?next=/");
        assertThat(buyer.page("/thanh-toan/xa-phuong?province=ha-noi").body())
                .contains(">Hoan Kiem Ward</option>", "Choose a commune, ward or special zone");
        assertThat(buyer.page("/tai-khoan").body()).contains("You have no orders yet.");
    }

    @Test
    void a_commune_of_another_province_is_refused_next_to_the_field_and_no_order_is_placed() {
        WebClient buyer = consumer();
        addToCart(buyer, sauce, 1);
        Map<String, String> form = checkoutForm(buyer, "COD");
        form.put("commune", "11383"); // Phường Lê Chân, Hải Phòng

        var refused = buyer.postForm("/thanh-toan", form);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains(
                        "<p class=\"field-error\" id=\"commune-error\">Xã, phường không thuộc"
                                + " tỉnh, thành phố đã chọn</p>")
                .contains(">Phường Hoàn Kiếm</option>")
                .doesNotContain("??");
        buyer.page("/lang/en?next=/");
        assertThat(buyer.postForm("/thanh-toan", form).body())
                .contains("Not a commune of the chosen province");
        assertThat(buyer.page("/tai-khoan").body()).contains("You have no orders yet.");
        assertThat(fixtures.available(fishSauce, sauce.sku())).isEqualTo(20);
    }

    @Test
    void a_cod_order_from_two_producers_is_placed_once_even_when_the_form_is_sent_twice() {
        WebClient buyer = consumer();
        addToCart(buyer, sauce, 2);
        addToCart(buyer, jar, 1);
        var fee = buyer.page("/thanh-toan/phi-giao-hang?province=ha-noi");
        assertThat(fee.body()).contains("Phí giao hàng", "45.000 ₫", "535.000 ₫");

        Map<String, String> form = checkoutForm(buyer, "COD");
        assertThat(buyer.page("/thanh-toan").body())
                .contains("Thẻ ngân hàng", "chưa cấu hình thanh toán thẻ")
                .containsPattern("value=\"CARD\" disabled");
        String number = place(buyer, form);
        String again = place(buyer, form);
        assertThat(again).isEqualTo(number);

        var order = buyer.page("/don-hang/" + number);
        assertThat(order.status()).isEqualTo(200);
        assertThat(order.body())
                .contains("Đơn hàng " + number, "Đã xác nhận")
                .contains("HTX Nước mắm Cát Hải", "HTX Mật ong Mèo Vạc")
                .contains("Chờ đóng gói", "535.000 ₫");
        var account = buyer.page("/tai-khoan");
        assertThat(account.body().split("class=\"order-row\"")).hasSize(2);
        assertThat(account.body()).contains(number);
        assertThat(fixtures.available(fishSauce, sauce.sku())).isEqualTo(18);
        assertThat(fixtures.available(honey, jar.sku())).isEqualTo(19);

        // another consumer, a producer member and a guest do not get to see it
        assertThat(consumer().page("/don-hang/" + number).status()).isEqualTo(404);
        WebClient member = fixtures.loggedIn(server.getURI(), fishSauce.email());
        assertThat(member.page("/don-hang/" + number).status()).isEqualTo(403);
        assertThat(member.page("/tai-khoan").status()).isEqualTo(403);
        assertThat(new WebClient(server.getURI()).page("/don-hang/" + number).status())
                .isEqualTo(303);
    }

    @Test
    void anyone_with_the_order_number_and_phone_tracks_it_without_an_account() {
        WebClient buyer = consumer();
        addToCart(buyer, sauce, 1);
        String number = place(buyer, checkoutForm(buyer, "COD"));

        WebClient guest = new WebClient(server.getURI());
        var form = guest.page("/tra-cuu-don-hang?so=" + number);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body())
                .contains("Tra cứu đơn hàng", "name=\"so\" value=\"" + number + "\"")
                .contains("<label for=\"track-phone\">")
                .doesNotContain("class=\"shop-order\"");

        // the phone as people type it: spaces, +84
        var found =
                guest.page(
                        "/tra-cuu-don-hang?so=" + number.toLowerCase() + "&sdt=%2B84+987+654+321");
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.body())
                .contains("Đơn hàng " + number, "Đã xác nhận", "HTX Nước mắm Cát Hải")
                .contains("Chờ đóng gói", "Hà Nội")
                // only the buyer sees the recipient and the street; no payment actions here
                .doesNotContain(
                        "Trần Thị Mai", "12 Phố Điện Biên Phủ", "/don-hang/" + number + "/the");

        for (String wrong :
                new String[] {
                    "/tra-cuu-don-hang?so=" + number + "&sdt=0912000000",
                    "/tra-cuu-don-hang?so=OCOP-2026-999999&sdt=0987654321",
                    "/tra-cuu-don-hang?so=%3Cscript%3E&sdt=0987654321"
                }) {
            var missing = guest.page(wrong);
            assertThat(missing.status()).as(wrong).isEqualTo(404);
            assertThat(missing.body())
                    .as(wrong)
                    .contains("id=\"track-not-found\"", "Không tìm thấy đơn hàng")
                    .doesNotContain("class=\"shop-order\"", "<script>");
        }

        assertThat(
                        guest.page(
                                        "/tra-cuu-don-hang?so=" + number + "&sdt=0987654321",
                                        "Accept-Language",
                                        "en")
                                .body())
                .contains("Track an order", "Order number", "Confirmed");
    }

    @Test
    void each_producer_sees_and_fulfils_only_its_own_part_and_another_producers_is_403() {
        WebClient buyer = consumer();
        addToCart(buyer, sauce, 1);
        addToCart(buyer, jar, 1);
        String number = place(buyer, checkoutForm(buyer, "COD"));

        WebClient sauceMember = fixtures.loggedIn(server.getURI(), fishSauce.email());
        WebClient honeyMember = fixtures.loggedIn(server.getURI(), honey.email());
        var mine = sauceMember.page("/nha-san-xuat/don-hang");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body())
                .contains("Đơn hàng " + number, "Nước mắm Cát Hải", "Chờ đóng gói")
                .doesNotContain("Mật ong bạc hà");
        var theirs = honeyMember.page("/nha-san-xuat/don-hang");
        assertThat(theirs.body()).contains("Mật ong bạc hà").doesNotContain("Nước mắm Cát Hải —");
        String sauceFulfilment = fulfilmentId(mine.body());

        // the honey producer's member cannot pack the fish sauce producer's fulfilment
        var forbidden =
                honeyMember.postForm(
                        "/nha-san-xuat/don-hang/" + number + "/" + sauceFulfilment + "/dong-goi",
                        Map.of("csrfToken", theirs.csrfToken()));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.body()).contains("Bạn không có quyền");
        // nor may a consumer open the producer page
        assertThat(buyer.page("/nha-san-xuat/don-hang").status()).isEqualTo(403);
        // and a form post without the token is refused
        assertThat(
                        sauceMember
                                .postForm(
                                        "/nha-san-xuat/don-hang/"
                                                + number
                                                + "/"
                                                + sauceFulfilment
                                                + "/dong-goi",
                                        Map.of("trackingNumber", ""))
                                .status())
                .isEqualTo(403);

        var packed =
                sauceMember.postForm(
                        "/nha-san-xuat/don-hang/" + number + "/" + sauceFulfilment + "/dong-goi",
                        Map.of("csrfToken", mine.csrfToken()));
        assertThat(packed.status()).as(packed.body()).isEqualTo(303);
        var noTracking =
                sauceMember.postForm(
                        "/nha-san-xuat/don-hang/" + number + "/" + sauceFulfilment + "/giao-hang",
                        Map.of("csrfToken", mine.csrfToken(), "trackingNumber", " "));
        assertThat(noTracking.status()).isEqualTo(422);
        assertThat(noTracking.body()).contains("Vui lòng nhập mã vận đơn.");
        var shipped =
                sauceMember.postForm(
                        "/nha-san-xuat/don-hang/" + number + "/" + sauceFulfilment + "/giao-hang",
                        Map.of("csrfToken", mine.csrfToken(), "trackingNumber", "GHN-123456789"));
        assertThat(shipped.status()).as(shipped.body()).isEqualTo(303);
        assertThat(sauceMember.page("/nha-san-xuat/don-hang").body())
                .contains("Đang giao", "GHN-123456789");

        var order = buyer.page("/don-hang/" + number);
        assertThat(order.body()).contains("Đang giao", "GHN-123456789", "Chờ đóng gói");
    }

    @Test
    void
            the_vietqr_status_fragment_polls_until_the_signed_bank_notification_and_only_for_the_buyer() {
        WebClient buyer = consumer();
        addToCart(buyer, sauce, 1);
        var placed = buyer.postForm("/thanh-toan", checkoutForm(buyer, "VIETQR"));
        assertThat(placed.status()).as(placed.body()).isEqualTo(303);
        assertThat(placed.header("Location")).endsWith("/thanh-toan");
        Matcher location = ORDER.matcher(placed.header("Location"));
        assertThat(location.find()).isTrue();
        String number = location.group(1);

        var payment = buyer.page("/don-hang/" + number + "/thanh-toan");
        assertThat(payment.status()).isEqualTo(200);
        assertThat(payment.body())
                .contains("150.000 ₫", "0071000888999", "HTX OCOP QUANG NINH")
                .contains("/api/v1/orders/" + number + "/payment/vietqr.svg")
                .contains("aria-live=\"polite\"")
                .doesNotContain("??");
        var waiting = buyer.page("/don-hang/" + number + "/thanh-toan/trang-thai");
        assertThat(waiting.body())
                .contains("data-status=\"AWAITING_PAYMENT\"", "hx-trigger=\"every 2s\"");

        WebClient stranger = consumer();
        assertThat(stranger.page("/don-hang/" + number + "/thanh-toan").status()).isEqualTo(404);
        assertThat(stranger.page("/don-hang/" + number + "/thanh-toan/trang-thai").status())
                .isEqualTo(404);

        var wrongSignature =
                fixtures.bankNotification(
                        150_000, "CK " + number, "FT-X-" + number, "not-the-secret");
        assertThat(wrongSignature.status()).isEqualTo(401);
        assertThat(buyer.page("/don-hang/" + number + "/thanh-toan/trang-thai").body())
                .contains("AWAITING_PAYMENT");

        var notified =
                fixtures.bankNotification(
                        150_000, "CK " + number.replace("-", ""), "FT-" + number, SECRET);
        assertThat(notified.status()).as(notified.body()).isEqualTo(200);
        var paid = buyer.page("/don-hang/" + number + "/thanh-toan/trang-thai");
        assertThat(paid.body())
                .contains("data-status=\"PAID\"", "Đã thanh toán")
                .doesNotContain("hx-trigger");
        assertThat(buyer.page("/don-hang/" + number).body())
                .contains("Đã xác nhận", "đã thanh toán");
    }

    private static String fulfilmentId(String page) {
        Matcher m =
                Pattern.compile("<section class=\"fulfilment\" id=\"f-([0-9a-f-]{36})\"")
                        .matcher(page);
        assertThat(m.find()).as(page).isTrue();
        return UUID.fromString(m.group(1)).toString();
    }
}
