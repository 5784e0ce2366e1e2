package vn.ocop.catalog.product;

import java.util.UUID;

/** Request bodies named for what they mean. */
final class CatalogFixtures {

    private CatalogFixtures() {}

    static String aCooperative(String name) {
        return """
                {"name":"%s","legalForm":"COOPERATIVE","registrationNumber":"%s",
                 "provinceCode":"Hải Phòng","commune":"Cát Hải","address":"Thôn Hoàng Châu, xã Cát Hải",
                 "representative":"Nguyễn Văn Hải","phone":"0912345678","memberCount":45,
                 "storyVi":"Nghề làm nước mắm truyền thống hơn 100 năm.","storyEn":"A century of fish sauce."}
                """
                .formatted(name, "HTX-" + UUID.randomUUID().toString().substring(0, 8));
    }

    static String fishSauce(UUID producerId, String sku, String gtin, long price) {
        return """
                {"nameVi":"Nước mắm Cát Hải","nameEn":"Cat Hai fish sauce",
                 "descriptionVi":"Ủ chượp 12 tháng trong thùng gỗ.","group":"FOOD",
                 "producerIds":["%s"],
                 "origins":[{"province":"Hải Phòng","commune":"Cát Hải","historicalDistrict":"Cát Hải"}],
                 "variants":[{"sku":"%s","nameVi":"Chai 500 ml","nameEn":"500 ml bottle",
                              "priceVnd":%d,"weightGrams":650,"gtin":"%s"}],
                 "perishable":false,"service":false}
                """
                .formatted(producerId, sku, price, gtin);
    }

    static String aFourStarCertificate() {
        return """
                {"roundYear":2025,"score":87.5,"level":"PROVINCE","authority":"UBND thành phố Hải Phòng",
                 "decisionNumber":"1234/QĐ-UBND","decisionDate":"2025-09-30"}
                """;
    }
}
