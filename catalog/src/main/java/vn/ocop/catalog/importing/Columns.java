package vn.ocop.catalog.importing;

import java.util.List;
import java.util.stream.Stream;

/**
 * The column sets of the three files, in template order. Keys are stable (they appear in reports);
 * headers are in the message bundle. The exported products sheet carries the product, variant and
 * certificate columns together, so it can be imported as products and as certificates.
 */
final class Columns {

    private Columns() {}

    static final String PRODUCT_KEY = "productKey";
    static final String NAME = "name";
    static final String PRODUCERS = "producers";
    static final String PROVINCE = "province";
    static final String COMMUNE = "commune";
    static final String SKU = "sku";
    static final String LISTED = "listed";

    static final List<Column> PRODUCERS_FILE =
            List.of(
                    Column.required("producerName", "Chủ thể", "Tên", "Producer", "Name"),
                    Column.required("legalForm", "Loại hình tổ chức", "Hình thức", "Type"),
                    Column.optional(
                            "registrationNumber",
                            "Mã số đăng ký",
                            "Số ĐKKD",
                            "Mã số doanh nghiệp",
                            "Mã số thuế",
                            "Registration no"),
                    Column.required(PROVINCE, "Tỉnh", "Tỉnh/thành phố", "Tỉnh, thành phố"),
                    Column.required(COMMUNE, "Xã/phường", "Xã, phường", "Phường"),
                    Column.required("address", "Địa chỉ chi tiết"),
                    Column.required("representative", "Đại diện", "Người đại diện pháp luật"),
                    Column.optional("phone", "Số điện thoại", "Điện thoại liên hệ", "Tel"),
                    Column.optional("email", "Thư điện tử", "E-mail"),
                    Column.optional("memberCount", "Số xã viên", "Thành viên", "Members"),
                    Column.optional("storyVi", "Giới thiệu chủ thể", "Story"),
                    Column.optional("storyEn", "Story in English"),
                    Column.optional("verified", "Xác minh", "Đã xác minh"));

    static final List<Column> PRODUCT_COLUMNS =
            List.of(
                    Column.optional(PRODUCT_KEY, "Mã SP", "Product code", "Key"),
                    Column.required(NAME, "Tên", "Tên sản phẩm tiếng Việt", "Product"),
                    Column.optional("nameEn", "Tên tiếng Anh", "English name"),
                    Column.required("group", "Nhóm", "Nhóm OCOP", "Group"),
                    Column.optional("subgroup", "Phân nhóm sản phẩm", "Nhóm con"),
                    Column.required(PRODUCERS, "Chủ thể OCOP", "Producer", "Nhà sản xuất"),
                    Column.required(PROVINCE, "Tỉnh", "Tỉnh/thành phố", "Tỉnh, thành phố"),
                    Column.required(COMMUNE, "Xã/phường", "Xã, phường", "Phường"),
                    Column.optional("village", "Thôn/bản", "Thôn, bản", "Ấp"),
                    Column.optional("historicalDistrict", "Huyện", "Huyện cũ", "District"),
                    Column.optional("description", "Mô tả sản phẩm", "Câu chuyện sản phẩm"),
                    Column.optional("descriptionEn", "English description"),
                    Column.optional("regulated", "Quản lý đặc thù", "Regulation"),
                    Column.optional("declarationNumber", "Số tự công bố", "Số công bố sản phẩm"),
                    Column.optional("perishable", "Hàng tươi sống"),
                    Column.optional("shelfLifeDays", "Hạn sử dụng", "Hạn dùng", "Shelf life"),
                    Column.optional("service", "Sản phẩm dịch vụ", "Là dịch vụ"),
                    Column.required(SKU, "Mã hàng", "Mã biến thể", "Variant SKU"),
                    Column.required("variantName", "Quy cách đóng gói", "Biến thể", "Pack"),
                    Column.optional("variantNameEn", "Pack (English)"),
                    Column.required("price", "Giá", "Giá bán", "Đơn giá", "Giá (đồng)", "Price"),
                    Column.optional("weight", "Khối lượng", "Trọng lượng (g)", "Weight"),
                    Column.optional("gtin", "Mã vạch", "Mã số mã vạch", "Barcode", "EAN"));

    static final List<Column> CERTIFICATE_COLUMNS =
            List.of(
                    Column.optional("roundYear", "Năm", "Năm xếp hạng", "Year"),
                    Column.required("score", "Điểm đánh giá", "Tổng điểm", "Points"),
                    Column.optional("stars", "Hạng sao", "Sao", "Star rating"),
                    Column.required("level", "Cấp", "Cấp xếp hạng"),
                    Column.required("authority", "Cơ quan", "Cơ quan cấp", "Đơn vị công nhận"),
                    Column.required("decisionNumber", "Quyết định số", "Số QĐ", "Decision no"),
                    Column.required("decisionDate", "Ngày QĐ", "Ngày ban hành", "Ngày cấp"),
                    Column.optional("validFrom", "Có hiệu lực từ", "Từ ngày"),
                    Column.optional("validUntil", "Có hiệu lực đến", "Đến ngày", "Expiry date"),
                    Column.optional(LISTED, "Đăng bán", "Publish"));

    /** Products and variants: one row per variant; product columns repeat or stay blank. */
    static final List<Column> PRODUCTS_FILE = PRODUCT_COLUMNS;

    /**
     * Certificates: the product by its key (a SKU of one of its variants, or its id), or by its
     * name and producer.
     */
    static final List<Column> CERTIFICATES_FILE =
            Stream.concat(
                            Stream.of(
                                    Column.optional(PRODUCT_KEY, "Mã SP", "Product code", "Key"),
                                    Column.optional(
                                            NAME, "Tên", "Tên sản phẩm tiếng Việt", "Product"),
                                    Column.optional(
                                            PRODUCERS, "Chủ thể OCOP", "Producer", "Nhà sản xuất")),
                            CERTIFICATE_COLUMNS.stream())
                    .toList();

    /** The exported products sheet (and CSV): products, variants and their certificate. */
    static final List<Column> CATALOGUE_EXPORT =
            Stream.of(
                            PRODUCT_COLUMNS.stream(),
                            CERTIFICATE_COLUMNS.stream(),
                            Stream.of(Column.optional("updatedAt", "Updated")))
                    .flatMap(s -> s)
                    .toList();

    static List<Column> of(ImportKind kind) {
        return switch (kind) {
            case PRODUCERS -> PRODUCERS_FILE;
            case PRODUCTS -> PRODUCTS_FILE;
            case CERTIFICATES -> CERTIFICATES_FILE;
        };
    }
}
