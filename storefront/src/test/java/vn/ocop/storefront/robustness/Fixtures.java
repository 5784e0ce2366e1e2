package vn.ocop.storefront.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import vn.ocop.testkit.WebClient;

/**
 * What the generated tests call with: a token for every role, and two producers (ours, whose member
 * the tests act as, and theirs) each with a published product and a batch, so that ids in paths can
 * name our objects (to reach deep into a handler) or theirs (to try crossing producers).
 */
final class Fixtures {

    static final String OFFICE_EMAIL = "office@robust.test";
    static final String OFFICE_PASSWORD = "office-password-1";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    /** A caller of the matrix; {@code token} is null for the anonymous caller. */
    record Caller(String name, String role, String token) {}

    /** A producer's objects, as path parameters name them. */
    record Owned(
            UUID producer, String product, String sku, String gtin, String lot, String batch) {}

    final URI base;
    final String office;
    final String consumer;
    final String staff;
    final String member;
    final String otherMember;
    final Owned ours;
    final Owned theirs;

    Fixtures(URI base) {
        this.base = base;
        WebClient http = new WebClient(base);
        office = http.token(OFFICE_EMAIL, OFFICE_PASSWORD);
        consumer = http.consumerToken("robust-" + UUID.randomUUID() + "@example.vn");
        staff = account(http, "SALE_POINT_STAFF", "\"salePointId\":\"" + UUID.randomUUID() + "\"");
        UUID ourProducer = verifiedCooperative(http, "HTX Nước mắm Cát Hải");
        UUID theirProducer = verifiedCooperative(http, "HTX Mật ong Mèo Vạc");
        member = account(http, "PRODUCER_MEMBER", "\"producerId\":\"" + ourProducer + "\"");
        otherMember = account(http, "PRODUCER_MEMBER", "\"producerId\":\"" + theirProducer + "\"");
        ours = owned(http, ourProducer, member, "NM");
        theirs = owned(http, theirProducer, otherMember, "MO");
    }

    /** Anonymous, then every role; the order the matrix reports in. */
    Map<String, Caller> callers() {
        Map<String, Caller> callers = new LinkedHashMap<>();
        callers.put("anonymous", new Caller("anonymous", null, null));
        callers.put("consumer", new Caller("consumer", "CONSUMER", consumer));
        callers.put("producer-member", new Caller("producer-member", "PRODUCER_MEMBER", member));
        callers.put("sale-point-staff", new Caller("sale-point-staff", "SALE_POINT_STAFF", staff));
        callers.put("office", new Caller("office", "OFFICE_ADMIN", office));
        return callers;
    }

    private String account(WebClient http, String role, String binding) {
        String email =
                role.toLowerCase().replace('_', '-') + "-" + UUID.randomUUID() + "@robust.vn";
        var created =
                http.postJson(
                        "/api/v1/office/accounts",
                        "{\"email\":\"%s\",\"displayName\":\"Tài khoản thử\",\"password\":\"mat-khau-123\",\"role\":\"%s\",%s}"
                                .formatted(email, role, binding),
                        "Authorization",
                        "Bearer " + office);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return http.token(email, "mat-khau-123");
    }

    private UUID verifiedCooperative(WebClient http, String name) {
        var created =
                http.postJson(
                        "/api/v1/office/producers",
                        """
                        {"name":"%s","legalForm":"COOPERATIVE","registrationNumber":"HTX-%s",
                         "provinceCode":"Hải Phòng","commune":"Cát Hải","address":"Thôn Hoàng Châu",
                         "representative":"Nguyễn Văn Hải","phone":"0912345678","memberCount":45}
                        """
                                .formatted(name, UUID.randomUUID().toString().substring(0, 8)),
                        "Authorization",
                        "Bearer " + office);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        UUID id = UUID.fromString(created.json().get("id").asText());
        var verified =
                http.postJson(
                        "/api/v1/office/producers/" + id + "/verify",
                        "",
                        "Authorization",
                        "Bearer " + office);
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        return id;
    }

    /** A published, certified product with one variant, and a batch of it. */
    private Owned owned(WebClient http, UUID producer, String memberToken, String prefix) {
        String auth = "Bearer " + memberToken;
        String sku = prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String gtin = freshGtin();
        var draft =
                http.postJson(
                        "/api/v1/producer/products",
                        """
                        {"nameVi":"Nước mắm Cát Hải","nameEn":"Cat Hai fish sauce",
                         "descriptionVi":"Ủ chượp 12 tháng trong thùng gỗ.","group":"FOOD",
                         "producerIds":["%s"],
                         "origins":[{"province":"Hải Phòng","commune":"Cát Hải"}],
                         "variants":[{"sku":"%s","nameVi":"Chai 500 ml","priceVnd":120000,
                                      "weightGrams":650,"gtin":"%s"}],
                         "perishable":false,"service":false}
                        """
                                .formatted(producer, sku, gtin),
                        "Authorization",
                        auth);
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String product = draft.json().get("id").asText();
        http.postJson(
                "/api/v1/producer/products/" + product + "/submit", "", "Authorization", auth);
        var certificate =
                http.postJson(
                        "/api/v1/office/products/" + product + "/certificates",
                        """
                        {"roundYear":2025,"score":87.5,"level":"PROVINCE","authority":"UBND thành phố Hải Phòng",
                         "decisionNumber":"1234/QĐ-UBND","decisionDate":"2025-09-30"}
                        """,
                        "Authorization",
                        "Bearer " + office);
        assertThat(certificate.status()).as(certificate.body()).isEqualTo(201);
        var published =
                http.postJson(
                        "/api/v1/office/products/" + product + "/publish",
                        "",
                        "Authorization",
                        "Bearer " + office);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        String lot = prefix + "-LOT-1";
        var batch =
                http.postJson(
                        "/api/v1/producer/batches", batchJson(gtin, lot), "Authorization", auth);
        assertThat(batch.status()).as(batch.body()).isEqualTo(201);
        return new Owned(producer, product, sku, gtin, lot, batch.json().get("id").asText());
    }

    static String batchJson(String gtin, String lot) {
        return """
                {"gtin":"%s","lot":"%s","productionDate":"%s","expiryDate":"%s",
                 "quantity":1200,"unit":"PIECE","productionSite":"Xưởng chế biến HTX",
                 "inputs":[{"material":"Cá cơm than","originProvince":"Hải Phòng","originCommune":"Cát Hải",
                   "farm":"Tàu HP-90123-TS","supplier":"Tổ hợp tác Cát Hải",
                   "supplierLot":"CC-0925","quantity":3000,"unit":"kg",
                   "certificates":[{"scheme":"VietGAP","number":"VG-123","issuer":"Chi cục Thủy sản",
                     "validFrom":"%s","validUntil":"%s"}]}],
                 "steps":[{"kind":"HARVEST","date":"%s","place":"Cát Hải"},
                          {"kind":"PROCESSING","date":"%s","note":"Ủ chượp"},
                          {"kind":"PACKING","date":"%s"}],
                 "labTests":[{"lab":"Trung tâm Kỹ thuật TĐC 1","reportNumber":"KN-2025/123","date":"%s",
                   "results":[{"name":"Độ đạm","value":40,"unit":"g/l"}]}],
                 "retainedSample":{"sampleId":"LM-001","place":"Kho mẫu HTX","until":"%s"}}
                """
                .formatted(
                        gtin,
                        lot,
                        TODAY.minusDays(10),
                        TODAY.plusYears(2),
                        TODAY.minusYears(1),
                        TODAY.plusYears(1),
                        TODAY.minusDays(20),
                        TODAY.minusDays(10),
                        TODAY.minusDays(5),
                        TODAY.minusDays(3),
                        TODAY.plusYears(2));
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

    /** Whether a path parameter names a product, batch, producer, variant, GTIN or lot. */
    static boolean namesAnObject(String path, String param) {
        return switch (param) {
            case "sku", "gtin", "lot" -> true;
            case "id" ->
                    List.of("products", "batches", "producers").contains(collection(path, param));
            default -> false;
        };
    }

    private static String collection(String path, String param) {
        String before = path.substring(0, path.indexOf("{" + param + "}"));
        String[] segments = before.split("/");
        return segments.length == 0 ? "" : segments[segments.length - 1];
    }

    /**
     * A value for a path parameter naming an object of {@code owner}: the product, batch, producer,
     * variant, GTIN or lot, told by the parameter name and the path segment before it; a fresh UUID
     * for anything else (images, jobs, certificates…).
     */
    static String pathValue(String path, String param, Owned owner) {
        String collection = collection(path, param);
        return switch (param) {
            case "sku" -> owner.sku();
            case "gtin" -> owner.gtin();
            case "lot" -> owner.lot();
            case "kind" -> "products";
            case "id" ->
                    switch (collection) {
                        case "products" -> owner.product();
                        case "batches" -> owner.batch();
                        case "producers" -> owner.producer().toString();
                        default -> UUID.randomUUID().toString();
                    };
            default -> UUID.randomUUID().toString();
        };
    }
}
