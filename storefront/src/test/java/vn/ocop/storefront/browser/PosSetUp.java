package vn.ocop.storefront.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import vn.ocop.testkit.WebClient;

/**
 * A sale point ready to sell, set up through the public REST API as the office, a producer and the
 * sale point's staff would: a verified cooperative with a published, certified product (one variant
 * at 120.000 ₫ with a GTIN) and a batch of it; stock received into the producer's warehouse and
 * transferred (shipped, and received unless asked not to) to the sale point; a staff account bound
 * to the sale point that logs in with {@link #staffEmail} and {@link #PASSWORD}.
 */
public final class PosSetUp {

    public static final String PASSWORD = "mat-khau-123";
    public static final long PRICE = 120_000;
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    /** A published variant and the batch registered for it. */
    public record Item(String productId, String sku, String gtin, String lot, String batchId) {
        /** The GS1 Digital Link on the pack's QR label. */
        public String link() {
            return "https://ocop.example.vn/01/0" + gtin + "/10/" + lot;
        }
    }

    public final WebClient http;
    public final String office;
    public final String member;
    public final UUID producerId;
    public final String salePointId;
    public final String salePointName;
    public final String staffEmail;
    public final String staff;
    public final Item item;

    /** The transfer of {@link #TRANSFERRED} packs to the sale point. */
    public final String transferId;

    public static final long TRANSFERRED = 10;

    /**
     * @param officeEmail the office account the test context seeds ({@code ocop.admin.email})
     * @param receive whether the staff receive the transfer now (else it waits on the counter page)
     */
    public PosSetUp(URI base, String officeEmail, String officePassword, boolean receive) {
        http = new WebClient(base);
        office = "Bearer " + http.token(officeEmail, officePassword);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        salePointName = "Điểm bán OCOP chợ Đông Ba " + suffix;
        salePointId = salePoint(salePointName);
        staffEmail = "quay-" + suffix + "@ocop.vn";
        staff = staffOf(salePointId, staffEmail);
        producerId = producer("HTX Nước mắm Nam Ô " + suffix);
        member = memberOf(producerId);
        item = published("Nước mắm Nam Ô", "Fish sauce Nam O", "NO-" + suffix.toUpperCase());
        receiveInWarehouse(item.sku(), 20);
        transferId = transfer(item.sku(), TRANSFERRED);
        if (receive) {
            var received =
                    http.postJson(
                            "/api/v1/sale-point/transfers/" + transferId + "/receive",
                            "",
                            "Authorization",
                            staff);
            assertThat(received.status()).as(received.body()).isEqualTo(200);
        }
    }

    /** Another sale point with its own staff; returns the sale point's id. */
    public String otherSalePoint() {
        return salePoint("Điểm bán khác " + UUID.randomUUID().toString().substring(0, 6));
    }

    /** A second published product of the same producer with a batch (for recalls, lapses). */
    public Item anotherItem(String nameVi, String nameEn, String lot) {
        return published(nameVi, nameEn, lot);
    }

    /** The office recalls the item's batch. */
    public void recall(Item it, String reason) {
        var recall =
                http.postJson(
                        "/api/v1/office/batches/" + it.batchId() + "/recall",
                        "{\"reason\":\"%s\"}".formatted(reason),
                        "Authorization",
                        office);
        assertThat(recall.status()).as(recall.body()).isEqualTo(200);
    }

    /**
     * The office records the item's certificate of an earlier round that lapsed yesterday: it
     * supersedes the valid one, so the product's certificate is no longer valid.
     */
    public void lapseCertificate(Item it) {
        var lapsed =
                http.postJson(
                        "/api/v1/office/products/" + it.productId() + "/certificates",
                        """
                        {"roundYear":2022,"score":82,"level":"PROVINCE","authority":"UBND thành phố Đà Nẵng",
                         "decisionNumber":"88/QĐ-UBND","decisionDate":"%s","validFrom":"%s","validUntil":"%s"}
                        """
                                .formatted(
                                        TODAY.minusYears(3),
                                        TODAY.minusYears(3),
                                        TODAY.minusDays(1)),
                        "Authorization",
                        office);
        assertThat(lapsed.status()).as(lapsed.body()).isEqualTo(201);
        assertThat(lapsed.json().get("status").asText()).isEqualTo("EXPIRED");
    }

    /** On-hand stock of a SKU at the sale point, as its staff read it through the API. */
    public long stockHere(String sku) {
        var levels =
                http.get("/api/v1/sale-point/" + salePointId + "/stock", "Authorization", staff);
        assertThat(levels.status()).as(levels.body()).isEqualTo(200);
        for (var level : levels.json()) {
            if (level.get("sku").asText().equals(sku)) {
                return level.get("onHand").asLong();
            }
        }
        return 0;
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
                        office);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    /** A staff account of a sale point; returns its bearer header. */
    public String staffOf(String salePoint, String email) {
        var account =
                http.postJson(
                        "/api/v1/office/sale-points/" + salePoint + "/staff",
                        "{\"email\":\"%s\",\"displayName\":\"Chị Lan – quầy\",\"password\":\"%s\"}"
                                .formatted(email, PASSWORD),
                        "Authorization",
                        office);
        assertThat(account.status()).as(account.body()).isEqualTo(201);
        return "Bearer " + http.token(email, PASSWORD);
    }

    private UUID producer(String name) {
        var created =
                http.postJson(
                        "/api/v1/office/producers",
                        """
                        {"name":"%s","legalForm":"COOPERATIVE","registrationNumber":"HTX-%s",
                         "provinceCode":"Đà Nẵng","commune":"Hòa Hiệp Nam","address":"Làng Nam Ô",
                         "representative":"Trần Văn Nam","phone":"0912345678","memberCount":30}
                        """
                                .formatted(name, UUID.randomUUID().toString().substring(0, 8)),
                        "Authorization",
                        office);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        UUID id = UUID.fromString(created.json().get("id").asText());
        var verified =
                http.postJson(
                        "/api/v1/office/producers/" + id + "/verify", "", "Authorization", office);
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        return id;
    }

    private String memberOf(UUID producer) {
        String email = "member-" + UUID.randomUUID() + "@htx.vn";
        var account =
                http.postJson(
                        "/api/v1/office/accounts",
                        """
                        {"email":"%s","displayName":"Xã viên","password":"%s",
                         "role":"PRODUCER_MEMBER","producerId":"%s"}
                        """
                                .formatted(email, PASSWORD, producer),
                        "Authorization",
                        office);
        assertThat(account.status()).as(account.body()).isEqualTo(201);
        return "Bearer " + http.token(email, PASSWORD);
    }

    private Item published(String nameVi, String nameEn, String lot) {
        String sku = "POS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String gtin = freshGtin();
        var draft =
                http.postJson(
                        "/api/v1/producer/products",
                        """
                        {"nameVi":"%s","nameEn":"%s",
                         "descriptionVi":"Ủ chượp 12 tháng trong thùng gỗ.","group":"FOOD",
                         "producerIds":["%s"],
                         "origins":[{"province":"Đà Nẵng","commune":"Hòa Hiệp Nam"}],
                         "variants":[{"sku":"%s","nameVi":"Chai 500 ml","nameEn":"500 ml bottle",
                                      "priceVnd":%d,"weightGrams":650,"gtin":"%s"}],
                         "perishable":false,"service":false}
                        """
                                .formatted(nameVi, nameEn, producerId, sku, PRICE, gtin),
                        "Authorization",
                        member);
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String product = draft.json().get("id").asText();
        var submitted =
                http.postJson(
                        "/api/v1/producer/products/" + product + "/submit",
                        "",
                        "Authorization",
                        member);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        var certificate =
                http.postJson(
                        "/api/v1/office/products/" + product + "/certificates",
                        """
                        {"roundYear":2025,"score":87.5,"level":"PROVINCE","authority":"UBND thành phố Đà Nẵng",
                         "decisionNumber":"1234/QĐ-UBND","decisionDate":"2025-09-30"}
                        """,
                        "Authorization",
                        office);
        assertThat(certificate.status()).as(certificate.body()).isEqualTo(201);
        var published =
                http.postJson(
                        "/api/v1/office/products/" + product + "/publish",
                        "",
                        "Authorization",
                        office);
        assertThat(published.json().get("visible").asBoolean()).as(published.body()).isTrue();
        var batch =
                http.postJson(
                        "/api/v1/producer/batches",
                        """
                        {"gtin":"%s","lot":"%s","productionDate":"%s","expiryDate":"%s",
                         "quantity":100,"unit":"PIECE","productionSite":"Xưởng HTX Nam Ô",
                         "inputs":[{"material":"Cá cơm","originProvince":"Đà Nẵng","originCommune":"Hòa Hiệp Nam",
                           "supplier":"Tổ khai thác Nam Ô","quantity":300,"unit":"kg"}],
                         "steps":[{"kind":"HARVEST","date":"%s","place":"Nam Ô"},
                                  {"kind":"PROCESSING","date":"%s","note":"Ủ chượp"},
                                  {"kind":"PACKING","date":"%s"}]}
                        """
                                .formatted(
                                        gtin,
                                        lot,
                                        TODAY.minusDays(10),
                                        TODAY.plusYears(1),
                                        TODAY.minusDays(20),
                                        TODAY.minusDays(10),
                                        TODAY.minusDays(5)),
                        "Authorization",
                        member);
        assertThat(batch.status()).as(batch.body()).isEqualTo(201);
        return new Item(product, sku, gtin, lot, batch.json().get("id").asText());
    }

    private void receiveInWarehouse(String sku, long quantity) {
        var r =
                http.postJson(
                        "/api/v1/producer/stock/adjustments",
                        "{\"sku\":\"%s\",\"reason\":\"RECEIVE\",\"quantity\":%d,\"note\":\"nhập kho\"}"
                                .formatted(sku, quantity),
                        "Authorization",
                        member);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private String transfer(String sku, long quantity) {
        var transfer =
                http.postJson(
                        "/api/v1/producer/transfers",
                        "{\"salePointId\":\"%s\",\"lines\":[{\"sku\":\"%s\",\"quantity\":%d}]}"
                                .formatted(salePointId, sku, quantity),
                        "Authorization",
                        member);
        assertThat(transfer.status()).as(transfer.body()).isEqualTo(201);
        String id = transfer.json().get("id").asText();
        var shipped =
                http.postJson(
                        "/api/v1/producer/transfers/" + id + "/ship", "", "Authorization", member);
        assertThat(shipped.status()).as(shipped.body()).isEqualTo(200);
        return id;
    }

    /** A GTIN-13 with the 893 (Vietnam) prefix and a correct check digit. */
    static String freshGtin() {
        String body =
                "893" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int digit = body.charAt(11 - i) - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }
        return body + (10 - sum % 10) % 10;
    }
}
