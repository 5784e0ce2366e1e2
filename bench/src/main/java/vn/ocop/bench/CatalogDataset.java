package vn.ocop.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import vn.ocop.kernel.VietnameseText;
import vn.ocop.traceability.domain.Gtin;

/**
 * A deterministic national-scale catalogue written with bulk SQL that matches the catalog schema:
 * verified producers, published products with variants, origins and valid certificates, so that
 * every product is publicly visible. The same seed always gives the same rows.
 */
public final class CatalogDataset {

    static final String[] KINDS = {
        "Nước mắm",
        "Chè",
        "Mật ong",
        "Gạo",
        "Bánh tráng",
        "Rượu",
        "Miến dong",
        "Cà phê",
        "Hạt điều",
        "Tiêu",
        "Sâm",
        "Nấm linh chi",
        "Mắm tôm",
        "Chả mực",
        "Bánh đa",
        "Tỏi",
        "Xoài sấy dẻo",
        "Cam",
        "Bưởi",
        "Trà hoa vàng",
        "Dầu sở",
        "Ruốc hàu",
        "Gốm sứ",
        "Mây tre đan",
        "Thổ cẩm",
        "Lụa",
        "Trầm hương",
        "Tinh dầu quế",
        "Ba kích",
        "Măng khô",
        "Thịt trâu gác bếp",
        "Cốm",
        "Kẹo lạc",
        "Bánh cáy",
        "Nem chua",
        "Mầm đậu nành",
        "Rau mầm",
        "Trứng vịt biển",
        "Hạt sen",
        "Dừa sáp"
    };
    static final String[] QUALIFIERS = {
        "truyền thống",
        "đặc biệt",
        "hữu cơ",
        "thượng hạng",
        "nguyên chất",
        "loại 1",
        "sạch",
        "gia truyền",
        "cao cấp",
        "tự nhiên"
    };
    static final String[] PLACES = {
        "Cát Hải",
        "Tân Cương",
        "Đồng Văn",
        "Phú Quốc",
        "Đại Lộc",
        "Bảo Lộc",
        "Buôn Ma Thuột",
        "Sìn Hồ",
        "Mộc Châu",
        "Bến Tre",
        "Vạn Yên",
        "Tiên Yên",
        "Bình Liêu",
        "Hạ Long",
        "Vân Đồn",
        "Cao Phong",
        "Đoan Hùng",
        "Nghĩa Lộ",
        "Tam Nông",
        "Cái Bè",
        "Hòa Vang",
        "Ngọc Linh",
        "Lý Sơn",
        "Ninh Hòa",
        "Cam Ranh",
        "Diễn Châu",
        "Hương Sơn",
        "Yên Tử",
        "Bát Tràng",
        "Vạn Phúc"
    };
    static final String[] GROUPS = {
        "FOOD", "FOOD", "FOOD", "DRINKS", "HERBAL", "TEXTILES", "SOUVENIRS"
    };
    static final String[] FORMS = {
        "Túi 200 g", "Hộp 500 g", "Chai 500 ml", "Chai 750 ml", "Hộp quà", "Gói 1 kg"
    };

    private final long seed;
    private final int producers;
    private final int products;

    public CatalogDataset(long seed, int producers, int products) {
        this.seed = seed;
        this.producers = producers;
        this.products = products;
    }

    /** Product names in the order they were generated, for building queries that hit. */
    public List<String> productNames() {
        Random random = new Random(seed);
        List<String> names = new ArrayList<>(products);
        for (int i = 0; i < products; i++) {
            names.add(name(random));
        }
        return names;
    }

    public void writeTo(Connection connection, List<String> provinceCodes) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            List<UUID> producerIds = writeProducers(connection, provinceCodes);
            writeProducts(connection, provinceCodes, producerIds);
            connection.commit();
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * The GTIN-14 of variant number {@code n}: indicator 0, Vietnam's GS1 prefix 893, a nine-digit
     * item number and the check digit, so traceability accepts it.
     */
    static String gtin(int n) {
        String body = "0893" + String.format("%09d", n);
        return body + Gtin.checkDigit(body);
    }

    private static String name(Random random) {
        String kind = KINDS[random.nextInt(KINDS.length)];
        String place = PLACES[random.nextInt(PLACES.length)];
        return random.nextInt(3) == 0
                ? kind + " " + QUALIFIERS[random.nextInt(QUALIFIERS.length)] + " " + place
                : kind + " " + place;
    }

    private List<UUID> writeProducers(Connection c, List<String> provinces) throws SQLException {
        Random random = new Random(seed ^ 0x5EED);
        List<UUID> ids = new ArrayList<>(producers);
        String[] forms = {
            "COOPERATIVE", "LIMITED_COMPANY", "HOUSEHOLD_BUSINESS", "JOINT_STOCK_COMPANY"
        };
        String[] prefixes = {"HTX", "Công ty TNHH", "Hộ kinh doanh", "Công ty CP"};
        try (PreparedStatement ps =
                c.prepareStatement(
                        "INSERT INTO catalog.producers (id, name, name_folded, legal_form, registration_number,"
                                + " province_code, commune, address, representative, status)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'VERIFIED')")) {
            for (int i = 0; i < producers; i++) {
                UUID id = new UUID(seed, i);
                int form = random.nextInt(forms.length);
                String name =
                        prefixes[form]
                                + " "
                                + KINDS[random.nextInt(KINDS.length)]
                                + " "
                                + PLACES[random.nextInt(PLACES.length)]
                                + " "
                                + (i + 1);
                ps.setObject(1, id);
                ps.setString(2, name);
                ps.setString(3, VietnameseText.fold(name));
                ps.setString(4, forms[form]);
                ps.setString(5, "REG-" + seed + "-" + i);
                ps.setString(6, provinces.get(random.nextInt(provinces.size())));
                ps.setString(7, PLACES[random.nextInt(PLACES.length)]);
                ps.setString(8, "Thôn " + (1 + random.nextInt(20)));
                ps.setString(9, "Người đại diện " + i);
                ps.addBatch();
                ids.add(id);
                if (i % 1000 == 999) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        return ids;
    }

    private void writeProducts(Connection c, List<String> provinces, List<UUID> producerIds)
            throws SQLException {
        Random random = new Random(seed);
        Random details = new Random(seed ^ 0xC0FFEE);
        Timestamp now = Timestamp.from(Instant.parse("2026-11-01T00:00:00Z"));
        try (PreparedStatement product =
                        c.prepareStatement(
                                "INSERT INTO catalog.products (id, name_vi, name_folded, description_vi,"
                                        + " group_code, status, published_at, created_at, updated_at)"
                                        + " VALUES (?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, ?)");
                PreparedStatement link =
                        c.prepareStatement(
                                "INSERT INTO catalog.product_producers (product_id, producer_id, position)"
                                        + " VALUES (?, ?, 0)");
                PreparedStatement origin =
                        c.prepareStatement(
                                "INSERT INTO catalog.product_origins (product_id, position, province_code,"
                                        + " commune) VALUES (?, 0, ?, ?)");
                PreparedStatement variant =
                        c.prepareStatement(
                                "INSERT INTO catalog.variants (id, product_id, sku, name_vi, price_vnd,"
                                        + " weight_grams, active, position, gtin) VALUES (?, ?, ?, ?, ?,"
                                        + " ?, TRUE, ?, ?)");
                PreparedStatement certificate =
                        c.prepareStatement(
                                "INSERT INTO catalog.certificates (id, product_id, round_year, score, stars,"
                                        + " level, authority, decision_number, decision_date, valid_from,"
                                        + " valid_until, status) VALUES (?, ?, ?, ?, ?, 'PROVINCE',"
                                        + " 'UBND tỉnh', ?, ?, ?, ?, 'VALID')")) {
            for (int i = 0; i < products; i++) {
                UUID id = new UUID(~seed, i);
                String name = name(random);
                Timestamp published =
                        Timestamp.from(now.toInstant().minusSeconds(details.nextInt(86_400 * 700)));
                product.setObject(1, id);
                product.setString(2, name);
                product.setString(3, VietnameseText.fold(name));
                product.setString(4, name + " – sản phẩm OCOP của địa phương.");
                product.setString(5, GROUPS[details.nextInt(GROUPS.length)]);
                product.setTimestamp(6, published);
                product.setTimestamp(7, published);
                product.setTimestamp(8, published);
                product.addBatch();
                link.setObject(1, id);
                link.setObject(2, producerIds.get(details.nextInt(producerIds.size())));
                link.addBatch();
                origin.setObject(1, id);
                origin.setString(2, provinces.get(details.nextInt(provinces.size())));
                origin.setString(3, PLACES[details.nextInt(PLACES.length)]);
                origin.addBatch();
                int variants = 1 + details.nextInt(3);
                for (int v = 0; v < variants; v++) {
                    variant.setObject(1, new UUID(seed + v + 1, i));
                    variant.setObject(2, id);
                    variant.setString(3, "B" + i + "-" + v);
                    variant.setString(4, FORMS[details.nextInt(FORMS.length)]);
                    variant.setLong(5, 1_000L * (30 + details.nextInt(1_970)));
                    variant.setInt(6, 100 + details.nextInt(1_900));
                    variant.setShort(7, (short) v);
                    variant.setString(8, gtin(i * 3 + v));
                    variant.addBatch();
                }
                int score = 50 + details.nextInt(50);
                LocalDate decided = LocalDate.of(2024, 1, 1).plusDays(details.nextInt(600));
                certificate.setObject(1, new UUID(seed * 31, i));
                certificate.setObject(2, id);
                certificate.setShort(3, (short) decided.getYear());
                certificate.setBigDecimal(4, java.math.BigDecimal.valueOf(score));
                certificate.setShort(5, (short) (score >= 90 ? 5 : score >= 70 ? 4 : 3));
                certificate.setString(6, (1000 + i) + "/QĐ-UBND");
                certificate.setObject(7, decided);
                certificate.setObject(8, decided);
                certificate.setObject(9, decided.plusMonths(36));
                certificate.addBatch();
                if (i % 1000 == 999) {
                    for (PreparedStatement ps :
                            List.of(product, link, origin, variant, certificate)) {
                        ps.executeBatch();
                    }
                }
            }
            for (PreparedStatement ps : List.of(product, link, origin, variant, certificate)) {
                ps.executeBatch();
            }
        }
    }
}
