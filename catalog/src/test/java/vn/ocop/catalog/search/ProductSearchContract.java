package vn.ocop.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.catalog.search.Ask.ask;
import static vn.ocop.catalog.search.Ask.everything;
import static vn.ocop.catalog.search.CatalogueBuilder.OFFICE;
import static vn.ocop.catalog.search.CatalogueBuilder.listing;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import vn.ocop.catalog.api.ProductSearchApi;
import vn.ocop.catalog.api.ProductSearchResult;
import vn.ocop.catalog.api.ProductSearchResult.FacetCount;
import vn.ocop.catalog.api.ProductSearchResult.PriceBandCount;
import vn.ocop.catalog.api.ProductSort;
import vn.ocop.catalog.api.ProductsApi;
import vn.ocop.catalog.api.Regulation;
import vn.ocop.catalog.certificate.CertificateService;
import vn.ocop.catalog.producer.ProducerService;
import vn.ocop.catalog.product.ListingService;
import vn.ocop.catalog.product.ProductService;
import vn.ocop.catalog.search.CatalogueBuilder.Listing;
import vn.ocop.platform.outbox.api.OutboxAdmin;
import vn.ocop.testkit.WebClient;

/**
 * What catalogue search promises, whichever engine answers: one suite, run once per engine by its
 * subclass. A small catalogue of real OCOP products is put in through the real services and indexed
 * through the outbox; tests that change products use their own tourism listings, so the shared
 * catalogue (food, drinks, herbal products, souvenirs) stays as seeded.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ProductSearchContract implements TestPropertyProvider {

    static final String OFFICE_EMAIL = "office@search.test";
    static final String OFFICE_PASSWORD = "office-password-1";

    static final Listing CAT_HAI =
            listing(
                    "Nước mắm Cát Hải",
                    "Cat Hai fish sauce",
                    "Cá cơm ủ chượp 12 tháng trong thùng gỗ theo nghề truyền thống trên đảo.",
                    "FOOD",
                    "FOOD_FROM_SEAFOOD",
                    "Hải Phòng",
                    "Cát Hải",
                    "Cát Hải",
                    4,
                    120_000L,
                    250_000L);
    static final Listing CAI_RONG =
            listing(
                    "Nước mắm sá sùng Cái Rồng",
                    "Cai Rong peanut-worm fish sauce",
                    "Ủ từ cá cơm và sá sùng Vân Đồn, vị ngọt hậu.",
                    "FOOD",
                    "FOOD_FROM_SEAFOOD",
                    "Quảng Ninh",
                    "Vân Đồn",
                    "Vân Đồn",
                    5,
                    450_000L);
    static final Listing CHA_MUC =
            listing(
                    "Chả mực Hạ Long",
                    "Ha Long squid cake",
                    "Mực giã tay, chiên vàng.",
                    "FOOD",
                    "FOOD_FROM_SEAFOOD",
                    "Quảng Ninh",
                    "Hạ Long",
                    null,
                    5,
                    380_000L);
    static final Listing TAN_CUONG =
            listing(
                    "Chè Tân Cương",
                    "Tan Cuong tea",
                    "Búp chè sao tay, nước xanh, hương cốm.",
                    "DRINKS",
                    "DRINKS_OTHER_NON_ALCOHOLIC",
                    "Thái Nguyên",
                    "Tân Cương",
                    null,
                    5,
                    180_000L,
                    320_000L);
    static final Listing CHI_LAI =
            listing(
                    "Chè xanh Chi Lai",
                    "Chi Lai green tea",
                    "Chè búp tươi vùng đồi An Lão.",
                    "DRINKS",
                    "DRINKS_OTHER_NON_ALCOHOLIC",
                    "Hải Phòng",
                    "Trường Thành",
                    "An Lão",
                    3,
                    90_000L);
    static final Listing MAT_ONG =
            listing(
                    "Mật ong bạc hà Hà Giang",
                    "Ha Giang mint honey",
                    "Ong lấy mật từ hoa bạc hà trên cao nguyên đá.",
                    "FOOD",
                    null,
                    "Hà Giang",
                    "Đồng Văn",
                    "Đồng Văn",
                    5,
                    350_000L);
    static final Listing MAM_DAU =
            listing(
                    "Mầm đậu nành",
                    "Soybean germ powder",
                    "Bột mầm đậu nành nguyên xơ, giàu isoflavone.",
                    "FOOD",
                    "FOOD_FROM_PRODUCE",
                    "Hà Nội",
                    "Thạch Thất",
                    null,
                    5,
                    150_000L);
    static final Listing DAI_LOC =
            listing(
                    "Bánh tráng Đại Lộc",
                    "Dai Loc rice paper",
                    "Đặc sản xứ Quảng, phơi hai nắng.",
                    "FOOD",
                    "FOOD_FROM_RICE_CEREALS",
                    "Quảng Nam",
                    "Đại Lộc",
                    "Đại Lộc",
                    3,
                    45_000L);
    static final Listing SAM =
            new Listing(
                    "Sâm Ngọc Linh",
                    "Ngoc Linh ginseng",
                    "Củ sâm trồng dưới tán rừng núi Ngọc Linh.",
                    "HERBAL",
                    "HERBAL_OTHER",
                    "Quảng Nam",
                    "Trà Linh",
                    "Nam Trà My",
                    5,
                    List.of(3_000_000L, 12_000_000L),
                    Regulation.HERBAL_FUNCTIONAL);
    static final Listing THIT_LON =
            listing(
                    "Thịt lợn VietGAP",
                    "VietGAP pork",
                    "Lợn nuôi theo quy trình VietGAP.",
                    "FOOD",
                    "FOOD_MEAT_EGGS_MILK",
                    "Hải Phòng",
                    "Tú Sơn",
                    "Kiến Thụy",
                    3,
                    160_000L);
    static final Listing RUOU_MO =
            new Listing(
                    "Rượu mơ Yên Tử",
                    "Yen Tu apricot liquor",
                    "Mơ lông Yên Tử ngâm rượu nếp.",
                    "DRINKS",
                    "DRINKS_ALCOHOLIC",
                    "Quảng Ninh",
                    "Uông Bí",
                    null,
                    3,
                    List.of(220_000L),
                    Regulation.ALCOHOL);
    static final Listing GOM =
            listing(
                    "Gốm sứ Quang Vinh",
                    "Quang Vinh ceramics",
                    "Bình gốm men lam vẽ tay.",
                    "SOUVENIRS",
                    "SOUVENIRS_FINE_ART",
                    "Quảng Ninh",
                    "Đông Triều",
                    null,
                    4,
                    650_000L,
                    1_500_000L);

    /** In the order they are published, so the last is the newest. */
    static final List<Listing> SEED =
            List.of(
                    CAT_HAI, CAI_RONG, CHA_MUC, TAN_CUONG, CHI_LAI, MAT_ONG, MAM_DAU, DAI_LOC, SAM,
                    THIT_LON, RUOU_MO, GOM);

    @Inject ProductSearchApi search;
    @Inject SearchEngine engine;
    @Inject SearchDocuments documents;
    @Inject DatabaseClock databaseClock;
    @Inject ProductsApi products;
    @Inject ProducerService producerService;
    @Inject ProductService productService;
    @Inject ListingService listings;
    @Inject CertificateService certificates;
    @Inject OutboxAdmin outbox;
    @Inject MutableClock clock;
    @Inject Reindexing reindexing;
    @Inject JdbcOperations jdbc;
    @Inject TransactionOperations<Connection> transactions;
    @Inject EmbeddedServer server;

    CatalogueBuilder catalogue;
    WebClient http;
    final Map<Listing, UUID> seeded = new LinkedHashMap<>();
    UUID seafoodCompany;

    /** Properties that choose and configure the engine under test. */
    protected abstract Map<String, String> engineProperties();

    /** Takes a product's entry out of the index behind the application's back. */
    protected abstract void loseFromIndex(UUID productId);

    @Override
    public final Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(engineProperties());
        properties.put("ocop.admin.email", OFFICE_EMAIL);
        properties.put("ocop.admin.password", OFFICE_PASSWORD);
        properties.put("ocop.outbox.worker.enabled", "false");
        properties.put("ocop.outbox.retry.base-delay", "100ms");
        properties.put("ocop.outbox.retry.max-delay", "500ms");
        properties.put("ocop.outbox.retry.max-attempts", "1000");
        properties.put("ocop.catalog.expiry-job.enabled", "false");
        properties.put("ocop.test.mutable-clock", "true");
        return properties;
    }

    @BeforeAll
    void seedTheCatalogue() {
        catalogue = new CatalogueBuilder(producerService, productService, listings, certificates);
        http = new WebClient(server.getURI());
        seafoodCompany =
                catalogue.verifiedProducer(
                        "Công ty CP Thủy sản Quảng Ninh", "Quảng Ninh", "Vân Đồn");
        for (Listing listing : SEED) {
            UUID producer =
                    listing == CAI_RONG || listing == CHA_MUC
                            ? seafoodCompany
                            : catalogue.verifiedProducer(
                                    "HTX " + listing.nameEn(),
                                    listing.province(),
                                    listing.commune());
            seeded.put(listing, catalogue.published(producer, listing));
        }
        drain();
        eventually(() -> assertThat(names(everything().group("FOOD"))).hasSize(7));
        eventually(() -> assertThat(names(everything().group("SOUVENIRS"))).hasSize(1));
    }

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    // ---- words with and without diacritics ----

    @Test
    void finds_toned_names_from_words_typed_without_tones() {
        ProductSearchResult found = search(ask("nuoc mam cat hai"));

        assertThat(found.hits()).isNotEmpty();
        assertThat(found.hits().get(0).nameVi()).isEqualTo("Nước mắm Cát Hải");
        assertThat(found.approximate()).isFalse();
    }

    @Test
    void finds_a_speciality_by_description_and_province_words_typed_without_tones() {
        assertThat(names(ask("dac san da nang"))).contains("Bánh tráng Đại Lộc");
        assertThat(names(ask("DAC SAN, ĐÀ NẴNG!"))).contains("Bánh tráng Đại Lộc");
    }

    @Test
    void an_exact_diacritic_match_ranks_above_a_folded_only_match_whatever_the_stars() {
        assertThat(names(ask("mắm")))
                .containsExactly("Nước mắm sá sùng Cái Rồng", "Nước mắm Cát Hải", "Mầm đậu nành");
        assertThat(names(ask("mầm")).get(0)).isEqualTo("Mầm đậu nành");
    }

    @Test
    void matches_words_typed_in_decomposed_unicode_as_exactly_as_composed_ones() {
        String decomposed = java.text.Normalizer.normalize("mầm", java.text.Normalizer.Form.NFD);

        assertThat(names(ask(decomposed)).get(0)).isEqualTo("Mầm đậu nành");
    }

    @Test
    void relevance_is_boosted_by_stars_among_equal_matches() {
        assertThat(names(ask("nuoc mam")))
                .containsExactly("Nước mắm sá sùng Cái Rồng", "Nước mắm Cát Hải");
        assertThat(names(ask("che")).subList(0, 2))
                .containsExactly("Chè Tân Cương", "Chè xanh Chi Lai");
    }

    @Test
    void highlights_the_matched_words_of_the_name() {
        ProductSearchResult.Hit hit = search(ask("nuoc mam cat hai")).hits().get(0);

        assertThat(hit.highlight())
                .isEqualTo("<em>Nước</em> <em>mắm</em> <em>Cát</em> <em>Hải</em>");
        assertThat(hit.thumbnail()).isNull();
    }

    // ---- typos ----

    @Test
    void tolerates_a_typo_when_no_product_has_every_word() {
        ProductSearchResult found = search(ask("nuoc mma"));

        assertThat(found.approximate()).isTrue();
        assertThat(found.hits()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(found.hits().subList(0, 2))
                .extracting(ProductSearchResult.Hit::nameVi)
                .containsExactly("Nước mắm sá sùng Cái Rồng", "Nước mắm Cát Hải");
        assertThat(names(ask("mat ogn ha giang"))).containsExactly("Mật ong bạc hà Hà Giang");
    }

    @Test
    void does_not_widen_to_similar_spellings_when_every_word_matches_somewhere() {
        ProductSearchResult exact = search(ask("nuoc mam"));
        ProductSearchResult filteredOut = search(ask("nuoc mam").group("DRINKS"));

        assertThat(exact.approximate()).isFalse();
        assertThat(names(ask("mat"))).doesNotContain("Nước mắm Cát Hải");
        assertThat(filteredOut.total()).isZero();
        assertThat(filteredOut.approximate()).isFalse();
    }

    @Test
    void finds_nothing_for_words_no_product_is_near() {
        ProductSearchResult found = search(ask("xyzzyq"));

        assertThat(found.total()).isZero();
        assertThat(found.hits()).isEmpty();
        assertThat(found.approximate()).isFalse();
    }

    // ---- suggestions ----

    @Test
    void suggests_names_from_a_prefix_typed_without_tones() {
        assertThat(search.suggest("nuoc m"))
                .containsExactly("Nước mắm sá sùng Cái Rồng", "Nước mắm Cát Hải");
        assertThat(search.suggest("ha gi")).containsExactly("Mật ong bạc hà Hà Giang");
        assertThat(search.suggest("nuoc x")).isEmpty();
    }

    @Test
    void suggests_exact_diacritic_prefixes_first() {
        assertThat(search.suggest("mầ").get(0)).isEqualTo("Mầm đậu nành");
        assertThat(search.suggest("mắ").get(0)).isEqualTo("Nước mắm sá sùng Cái Rồng");
        assertThat(search.suggest("  ")).isEmpty();
    }

    @Test
    void suggests_at_most_ten_distinct_names() {
        String marker = marker();
        UUID producer = tourismProducer();
        for (int i = 0; i < 12; i++) {
            catalogue.published(producer, tour("Homestay " + marker + " " + (char) ('a' + i)));
        }
        catalogue.published(producer, tour("Homestay " + marker + " a"));
        drain();

        eventually(() -> assertThat(names(ask(marker).page(1, 100))).hasSize(13));
        List<String> suggested = search.suggest("homestay " + marker);
        assertThat(suggested).hasSize(10).doesNotHaveDuplicates();
        assertThat(suggested).allSatisfy(name -> assertThat(name).startsWith("Homestay " + marker));
    }

    // ---- synonyms and old names ----

    @Test
    void expands_the_offices_synonyms() {
        assertThat(names(ask("trà xanh"))).contains("Chè xanh Chi Lai");
        assertThat(names(ask("thit heo"))).containsExactly("Thịt lợn VietGAP");
    }

    @Test
    void understands_province_names_from_before_the_2025_merger_in_the_words() {
        assertThat(names(ask("banh trang quang nam"))).containsExactly("Bánh tráng Đại Lộc");
        assertThat(names(ask("sam quang nam"))).containsExactly("Sâm Ngọc Linh");
        assertThat(names(ask("mat ong tuyen quang"))).containsExactly("Mật ong bạc hà Hà Giang");
    }

    // ---- filters ----

    @Test
    void filters_by_a_province_given_by_code_or_any_of_its_names() {
        Set<String> daNang = Set.of("Bánh tráng Đại Lộc", "Sâm Ngọc Linh");

        assertThat(names(everything().province("da-nang")))
                .containsExactlyInAnyOrderElementsOf(daNang);
        assertThat(names(everything().province("Quảng Nam")))
                .containsExactlyInAnyOrderElementsOf(daNang);
        assertThat(names(everything().province("ha giang")))
                .containsExactly("Mật ong bạc hà Hà Giang");
        assertThat(search(everything().province("quang nam")).hits())
                .allSatisfy(hit -> assertThat(hit.provinceCodes()).containsExactly("da-nang"));
    }

    @Test
    void filters_by_group_and_subgroup() {
        assertThat(names(everything().group("DRINKS")))
                .containsExactlyInAnyOrder("Chè Tân Cương", "Chè xanh Chi Lai", "Rượu mơ Yên Tử");
        assertThat(names(everything().group("food").subgroup("FOOD_FROM_SEAFOOD")))
                .containsExactlyInAnyOrder(
                        "Nước mắm Cát Hải", "Nước mắm sá sùng Cái Rồng", "Chả mực Hạ Long");
        assertThat(names(everything().subgroup("DRINKS_ALCOHOLIC")))
                .containsExactly("Rượu mơ Yên Tử");
    }

    @Test
    void filters_by_minimum_stars() {
        assertThat(names(everything().group("FOOD").minStars(5)))
                .containsExactlyInAnyOrder(
                        "Nước mắm sá sùng Cái Rồng",
                        "Chả mực Hạ Long",
                        "Mật ong bạc hà Hà Giang",
                        "Mầm đậu nành");
        assertThat(search(everything().minStars(4)).hits())
                .allSatisfy(hit -> assertThat(hit.stars()).isGreaterThanOrEqualTo(4));
    }

    @Test
    void filters_by_a_price_range_that_any_variant_falls_in() {
        assertThat(names(everything().prices(100_000L, 200_000L)))
                .containsExactlyInAnyOrder(
                        "Nước mắm Cát Hải", "Chè Tân Cương", "Mầm đậu nành", "Thịt lợn VietGAP");
        assertThat(names(everything().prices(null, 60_000L))).containsExactly("Bánh tráng Đại Lộc");
        assertThat(names(everything().group("HERBAL").prices(10_000_000L, null)))
                .containsExactly("Sâm Ngọc Linh");
        ProductSearchResult.Hit catHai =
                search(ask("nuoc mam cat hai").prices(200_000L, 300_000L)).hits().get(0);
        assertThat(catHai.minPrice()).isEqualTo(120_000L);
        assertThat(catHai.maxPrice()).isEqualTo(250_000L);
    }

    @Test
    void filters_by_producer() {
        ProductSearchResult found = search(everything().producer(seafoodCompany));

        assertThat(found.hits())
                .extracting(ProductSearchResult.Hit::nameVi)
                .containsExactlyInAnyOrder("Nước mắm sá sùng Cái Rồng", "Chả mực Hạ Long");
        assertThat(found.hits())
                .allSatisfy(
                        hit ->
                                assertThat(hit.producerNames())
                                        .containsExactly("Công ty CP Thủy sản Quảng Ninh"));
        assertThat(search(everything().producer(UUID.randomUUID())).total()).isZero();
    }

    // ---- facets ----

    @Test
    void counts_facets_for_groups_provinces_stars_and_price_bands() {
        ProductSearchResult food = search(everything().group("FOOD"));

        assertThat(food.total()).isEqualTo(7);
        assertThat(food.facets().groups())
                .contains(
                        new FacetCount("FOOD", 7),
                        new FacetCount("DRINKS", 3),
                        new FacetCount("HERBAL", 1),
                        new FacetCount("SOUVENIRS", 1));
        assertThat(food.facets().provinces())
                .containsExactly(
                        new FacetCount("hai-phong", 2),
                        new FacetCount("quang-ninh", 2),
                        new FacetCount("da-nang", 1),
                        new FacetCount("ha-noi", 1),
                        new FacetCount("tuyen-quang", 1));
        assertThat(food.facets().stars())
                .containsExactly(
                        new FacetCount("5", 4), new FacetCount("4", 1), new FacetCount("3", 2));
        assertThat(food.facets().priceBands())
                .containsExactly(
                        new PriceBandCount("UNDER_100K", 0, 100_000L, 1),
                        new PriceBandCount("FROM_100K_TO_300K", 100_000, 300_000L, 3),
                        new PriceBandCount("FROM_300K_TO_1M", 300_000, 1_000_000L, 3),
                        new PriceBandCount("FROM_1M", 1_000_000, null, 0));
    }

    @Test
    void each_facet_counts_the_words_and_other_filters_but_not_its_own_filter() {
        ProductSearchResult found = search(ask("nuoc mam").province("quang-ninh"));

        assertThat(found.total()).isEqualTo(1);
        assertThat(found.facets().provinces())
                .containsExactly(new FacetCount("hai-phong", 1), new FacetCount("quang-ninh", 1));
        assertThat(found.facets().stars()).containsExactly(new FacetCount("5", 1));
        assertThat(found.facets().groups()).containsExactly(new FacetCount("FOOD", 1));
        assertThat(found.facets().priceBands())
                .extracting(PriceBandCount::count)
                .containsExactly(0L, 0L, 1L, 0L);
    }

    // ---- sorts and pages ----

    @Test
    void sorts_by_price_both_ways() {
        List<String> cheapestFirst =
                List.of(
                        "Bánh tráng Đại Lộc",
                        "Nước mắm Cát Hải",
                        "Mầm đậu nành",
                        "Thịt lợn VietGAP",
                        "Mật ong bạc hà Hà Giang",
                        "Chả mực Hạ Long",
                        "Nước mắm sá sùng Cái Rồng");

        assertThat(names(everything().group("FOOD").sort(ProductSort.PRICE_ASC)))
                .containsExactlyElementsOf(cheapestFirst);
        List<String> dearestFirst = new ArrayList<>(cheapestFirst);
        java.util.Collections.reverse(dearestFirst);
        assertThat(names(everything().group("FOOD").sort(ProductSort.PRICE_DESC)))
                .containsExactlyElementsOf(dearestFirst);
    }

    @Test
    void sorts_by_stars_then_newest_and_without_words_relevance_is_the_same() {
        List<String> byStars =
                List.of(
                        "Mầm đậu nành",
                        "Mật ong bạc hà Hà Giang",
                        "Chả mực Hạ Long",
                        "Nước mắm sá sùng Cái Rồng",
                        "Nước mắm Cát Hải",
                        "Thịt lợn VietGAP",
                        "Bánh tráng Đại Lộc");

        assertThat(names(everything().group("FOOD").sort(ProductSort.STARS)))
                .containsExactlyElementsOf(byStars);
        assertThat(names(everything().group("FOOD"))).containsExactlyElementsOf(byStars);
    }

    @Test
    void sorts_by_stars_with_words_keeps_relevance_within_a_star_rating() {
        assertThat(names(ask("mắm").sort(ProductSort.STARS)))
                .containsExactly("Nước mắm sá sùng Cái Rồng", "Mầm đậu nành", "Nước mắm Cát Hải");
    }

    @Test
    void sorts_by_newest() {
        assertThat(names(everything().group("FOOD").sort(ProductSort.NEWEST)))
                .containsExactly(
                        "Thịt lợn VietGAP",
                        "Bánh tráng Đại Lộc",
                        "Mầm đậu nành",
                        "Mật ong bạc hà Hà Giang",
                        "Chả mực Hạ Long",
                        "Nước mắm sá sùng Cái Rồng",
                        "Nước mắm Cát Hải");
    }

    @ParameterizedTest
    @EnumSource(ProductSort.class)
    void pages_follow_each_other_without_duplicates_or_gaps(ProductSort sort) {
        List<UUID> onePage = ids(everything().sort(sort).page(1, 100));
        long total = search(everything().sort(sort).page(1, 3)).total();

        List<UUID> paged = new ArrayList<>();
        for (int page = 1; (page - 1) * 3 < total; page++) {
            ProductSearchResult result = search(everything().sort(sort).page(page, 3));
            assertThat(result.page()).isEqualTo(page);
            assertThat(result.size()).isEqualTo(3);
            result.hits().forEach(h -> paged.add(h.id()));
        }
        assertThat(paged).hasSize((int) total).doesNotHaveDuplicates();
        assertThat(paged).containsExactlyElementsOf(onePage);
        assertThat(search(everything().sort(sort).page(1000, 3)).hits()).isEmpty();
    }

    // ---- visibility and changes ----

    @Test
    void never_returns_drafts_or_listings_waiting_for_review() {
        String marker = marker();
        UUID producer = tourismProducer();
        catalogue.draft(producer, tour("Homestay Quan Lạn " + marker + " nháp"));
        UUID submitted = catalogue.draft(producer, tour("Homestay Quan Lạn " + marker + " chờ"));
        listings.submit(OFFICE, submitted);
        catalogue.published(producer, tour("Homestay Quan Lạn " + marker + " mở"));
        drain();

        eventually(() -> assertThat(names(ask(marker))).hasSize(1));
        assertThat(names(ask(marker))).containsExactly("Homestay Quan Lạn " + marker + " mở");
        assertThat(search.suggest("homestay quan lan " + marker)).hasSize(1);
    }

    @Test
    void an_unpublished_listing_leaves_results_once_the_outbox_is_drained() {
        String marker = marker();
        UUID id = catalogue.published(tourismProducer(), tour("Du lịch sinh thái " + marker));
        drain();
        eventually(() -> assertThat(names(ask(marker))).hasSize(1));

        listings.unpublish(OFFICE, id, "Tạm ngừng đón khách");
        drain();

        eventually(() -> assertThat(search(ask(marker)).total()).isZero());
    }

    @Test
    void browse_totals_and_facets_follow_a_publication_and_an_unpublication() {
        Ask tourism = everything().group("TOURISM").province("quang-ninh");
        ProductSearchResult before = search(tourism);
        search(tourism); // asked twice: an engine that keeps browse counts has them now

        UUID id = catalogue.published(tourismProducer(), tour("Bè cá Vân Đồn " + marker()));
        drain();
        eventually(
                () -> {
                    ProductSearchResult after = search(tourism);
                    assertThat(after.total()).isEqualTo(before.total() + 1);
                    assertThat(after.facets().groups())
                            .contains(new FacetCount("TOURISM", before.total() + 1));
                });

        listings.unpublish(OFFICE, id, "Tạm ngừng đón khách");
        drain();
        eventually(
                () -> {
                    ProductSearchResult after = search(tourism);
                    assertThat(after.total()).isEqualTo(before.total());
                    assertThat(after.facets().stars()).isEqualTo(before.facets().stars());
                });
    }

    @Test
    void a_lapsed_certificate_takes_the_product_out_on_its_date() {
        String marker = marker();
        UUID id =
                catalogue.published(
                        tourismProducer(),
                        tour("Làng chài Cái Bèo " + marker),
                        LocalDate.now(clock).plusDays(1));
        drain();
        eventually(() -> assertThat(names(ask(marker))).hasSize(1));

        clock.advance(Duration.ofDays(3));
        assertThat(search(ask(marker)).total()).as("hidden on its date").isZero();
        assertThat(certificates.expireDue()).isEqualTo(1);
        drain();
        clock.reset();

        assertThat(products.product(id).orElseThrow().visible()).isFalse();
        eventually(() -> assertThat(search(ask(marker)).total()).as("removed").isZero());
    }

    @Test
    void a_revoked_certificate_takes_the_product_out() {
        String marker = marker();
        UUID id = catalogue.published(tourismProducer(), tour("Làng nghề gốm " + marker));
        drain();
        eventually(() -> assertThat(names(ask(marker))).hasSize(1));

        certificates.revoke(
                products.product(id).orElseThrow().certificate().id(), "Vi phạm cam kết");
        drain();

        eventually(() -> assertThat(search(ask(marker)).total()).isZero());
    }

    @Test
    void a_suspended_producers_products_leave_results_and_come_back_when_verified_again() {
        String marker = marker();
        UUID producer = tourismProducer();
        catalogue.published(producer, tour("Bản Sen " + marker + " một"));
        catalogue.published(producer, tour("Bản Sen " + marker + " hai"));
        drain();
        eventually(() -> assertThat(names(ask(marker))).hasSize(2));

        producerService.suspend(producer, "Hết hạn giấy phép kinh doanh");
        drain();
        eventually(() -> assertThat(search(ask(marker)).total()).isZero());

        producerService.verify(producer);
        drain();
        eventually(() -> assertThat(names(ask(marker))).hasSize(2));
    }

    @Test
    void a_price_change_shows_in_filters_sorts_and_cards_once_the_outbox_is_drained() {
        String marker = marker();
        UUID id = catalogue.published(tourismProducer(), tour("Đảo Cô Tô " + marker));
        drain();
        eventually(() -> assertThat(search(ask(marker)).hits()).hasSize(1));
        String sku = products.product(id).orElseThrow().variants().get(0).sku();

        productService.changePrice(OFFICE, id, sku, 7_500_000L);
        drain();

        eventually(
                () ->
                        assertThat(search(ask(marker).prices(7_000_000L, 8_000_000L)).hits())
                                .extracting(ProductSearchResult.Hit::minPrice)
                                .containsExactly(7_500_000L));
        assertThat(search(ask(marker).prices(null, 3_000_000L)).total()).isZero();
    }

    @Test
    void a_publication_shows_once_the_outbox_is_drained() {
        String marker = marker();
        UUID producer = tourismProducer();
        UUID id = catalogue.draft(producer, tour("Ruộng bậc thang " + marker));
        listings.submit(OFFICE, id);
        catalogue.certify(id, 4, null);
        drain();
        assertThat(search(ask(marker)).total()).isZero();

        listings.publish(id);
        drain();

        eventually(() -> assertThat(ids(ask(marker))).containsExactly(id));
    }

    @Test
    void an_older_write_never_overwrites_a_newer_one() {
        String marker = marker();
        UUID id = catalogue.published(tourismProducer(), tour("Vịnh Lan Hạ " + marker));
        drain();
        eventually(() -> assertThat(ids(ask(marker))).containsExactly(id));
        long earlier = databaseClock.micros() - 60_000_000L;

        engine.remove(id, earlier);
        refreshWait();
        assertThat(ids(ask(marker))).as("an old delete is ignored").containsExactly(id);

        engine.remove(id, databaseClock.micros());
        eventually(() -> assertThat(search(ask(marker)).total()).isZero());
        engine.upsert(documents.of(products.product(id).orElseThrow()), earlier);
        refreshWait();
        assertThat(search(ask(marker)).total()).as("an old write is ignored").isZero();
    }

    // ---- the HTTP API ----

    @Test
    void the_public_api_searches_and_suggests_anonymously() {
        var found = http.get("/api/v1/products?q=" + enc("nước mắm") + "&group=FOOD&size=5");

        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.json().get("total").asInt()).isEqualTo(2);
        assertThat(found.json().get("page").asInt()).isEqualTo(1);
        assertThat(found.json().get("size").asInt()).isEqualTo(5);
        assertThat(found.json().at("/hits/0/nameVi").asText())
                .isEqualTo("Nước mắm sá sùng Cái Rồng");
        assertThat(found.json().at("/hits/0/stars").asInt()).isEqualTo(5);
        assertThat(found.json().at("/hits/0/provinceCodes/0").asText()).isEqualTo("quang-ninh");
        assertThat(found.json().at("/hits/0/groupCode").asText()).isEqualTo("FOOD");
        assertThat(found.json().at("/facets/priceBands").size()).isEqualTo(4);

        var suggested = http.get("/api/v1/products/suggest?q=" + enc("che t"));
        assertThat(suggested.status()).isEqualTo(200);
        assertThat(suggested.json().get(0).asText()).isEqualTo("Chè Tân Cương");

        var detail = http.get("/api/v1/products/" + seeded.get(CAT_HAI));
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.json().get("nameVi").asText()).isEqualTo("Nước mắm Cát Hải");
    }

    @ParameterizedTest
    @CsvSource({
        "priceMin=-1, 422, priceMin, catalog.negative-price",
        "priceMax=-5, 422, priceMax, catalog.negative-price",
        "priceMin=500&priceMax=100, 422, priceMin, catalog.price-range-reversed",
        "minStars=7, 422, minStars, catalog.stars-out-of-range",
        "minStars=0, 422, minStars, catalog.stars-out-of-range",
        "size=1000, 422, size, catalog.size-out-of-range",
        "size=0, 422, size, catalog.size-out-of-range",
        "page=0, 422, page, catalog.page-out-of-range",
        "page=200&size=100, 422, page, catalog.page-out-of-range",
        "sort=CHEAPEST, 422, sort, catalog.unknown-sort",
        "group=WEAPONS, 422, group, catalog.unknown-group",
        "group=DRINKS&subgroup=FOOD_FROM_SEAFOOD, 422, subgroup, catalog.unknown-subgroup",
        "province=Atlantis, 422, province, catalog.unknown-province",
        "minStars=many, 400, minStars, platform.malformed-value",
        "producer=not-a-uuid, 400, producer, platform.malformed-value"
    })
    void refuses_bad_parameters_naming_each_one(
            String query, int status, String field, String code) {
        var refused = http.get("/api/v1/products?" + query, "Accept-Language", "en");

        assertThat(refused.status()).as(refused.body()).isEqualTo(status);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").findValuesAsText("field")).contains(field);
        assertThat(refused.json().get("errors").findValuesAsText("code")).contains(code);
    }

    @Test
    void names_every_refused_parameter_at_once_in_the_callers_language() {
        var refused =
                http.get(
                        "/api/v1/products?priceMin=-1&minStars=9&size=500",
                        "Accept-Language",
                        "vi");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("code").asText()).isEqualTo("catalog.invalid-search");
        assertThat(refused.json().get("title").asText()).isEqualTo("Tham số tìm kiếm không hợp lệ");
        assertThat(refused.json().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("priceMin", "minStars", "size");
        assertThat(refused.json().get("errors").findValuesAsText("message"))
                .contains("Số sao phải từ 1 đến 5");
    }

    // ---- full reindex ----

    @Test
    void only_the_office_may_reindex_or_see_a_reindex() {
        String consumer =
                "Bearer " + http.consumerToken("buyer-" + UUID.randomUUID() + "@example.vn");
        String member = "Bearer " + memberToken(seafoodCompany);

        assertThat(http.postJson("/api/v1/office/search/reindex", "").status()).isEqualTo(401);
        assertThat(
                        http.postJson(
                                        "/api/v1/office/search/reindex",
                                        "",
                                        "Authorization",
                                        consumer)
                                .status())
                .isEqualTo(403);
        assertThat(
                        http.postJson("/api/v1/office/search/reindex", "", "Authorization", member)
                                .status())
                .isEqualTo(403);
        assertThat(
                        http.get(
                                        "/api/v1/office/search/reindex/" + UUID.randomUUID(),
                                        "Authorization",
                                        member)
                                .status())
                .isEqualTo(403);
        assertThat(
                        http.get(
                                        "/api/v1/office/search/reindex/" + UUID.randomUUID(),
                                        "Authorization",
                                        officeToken())
                                .status())
                .isEqualTo(404);
    }

    @Test
    void a_full_reindex_reports_progress_and_repairs_lost_updates() {
        String marker = marker();
        UUID stale = catalogue.published(tourismProducer(), tour("Homestay Đông Tiến " + marker));
        drain();
        eventually(() -> assertThat(ids(ask(marker))).containsExactly(stale));
        listings.unpublish(OFFICE, stale, "Đóng cửa mùa mưa");
        loseOutboxMessagesOf(stale);
        UUID catHai = seeded.get(CAT_HAI);
        loseFromIndex(catHai);
        eventually(() -> assertThat(ids(ask("nuoc mam cat hai"))).doesNotContain(catHai));
        assertThat(ids(ask(marker))).as("the lost unpublication").containsExactly(stale);

        String office = officeToken();
        var started = http.postJson("/api/v1/office/search/reindex", "", "Authorization", office);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String job = started.json().get("id").asText();
        assertThat(started.header("Location")).endsWith("/api/v1/office/search/reindex/" + job);

        eventually(
                () -> {
                    var progress =
                            http.get(
                                    "/api/v1/office/search/reindex/" + job,
                                    "Authorization",
                                    office);
                    assertThat(progress.json().get("state").asText()).isEqualTo("DONE");
                    assertThat(progress.json().get("done").asInt())
                            .isEqualTo(progress.json().get("total").asInt())
                            .isEqualTo(productCount());
                });
        eventually(() -> assertThat(ids(ask("nuoc mam cat hai")).get(0)).isEqualTo(catHai));
        eventually(() -> assertThat(search(ask(marker)).total()).isZero());
        assertThat(names(everything().group("FOOD"))).hasSize(7);
    }

    // ---- helpers ----

    ProductSearchResult search(Ask ask) {
        return search.search(ask.query());
    }

    List<String> names(Ask ask) {
        return search(ask).hits().stream().map(ProductSearchResult.Hit::nameVi).toList();
    }

    List<UUID> ids(Ask ask) {
        return search(ask).hits().stream().map(ProductSearchResult.Hit::id).toList();
    }

    /** Delivers every due outbox message, as the background worker would. */
    void drain() {
        for (int i = 0; i < 200 && outbox.drainOnce() > 0; i++) {
            // keep going while batches come back
        }
    }

    /** Elasticsearch shows writes after its refresh interval; PostgreSQL at once. */
    static void eventually(Runnable assertion) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                sleep(100);
            }
        }
    }

    /** Long enough for a write to be searchable on either engine, to check that nothing changed. */
    static void refreshWait() {
        sleep(1500);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A word no other test uses, so that a test finds only its own listings. */
    static String marker() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    UUID tourismProducer() {
        return catalogue.verifiedProducer(
                "Tổ du lịch cộng đồng " + marker(), "Quảng Ninh", "Quan Lạn");
    }

    /** A community-tourism listing: tests that change listings use these, never the seed. */
    static Listing tour(String name) {
        return listing(
                name,
                null,
                "Trải nghiệm cùng người dân địa phương.",
                "TOURISM",
                "TOURISM_COMMUNITY",
                "Quảng Ninh",
                "Quan Lạn",
                null,
                4,
                2_500_000L);
    }

    String officeToken() {
        return "Bearer " + http.token(OFFICE_EMAIL, OFFICE_PASSWORD);
    }

    String memberToken(UUID producer) {
        String email = "member-" + UUID.randomUUID() + "@htx.vn";
        var account =
                http.postJson(
                        "/api/v1/office/accounts",
                        "{\"email\":\""
                                + email
                                + "\",\"displayName\":\"Xã viên\",\"password\":\"mat-khau-123\","
                                + "\"role\":\"PRODUCER_MEMBER\",\"producerId\":\""
                                + producer
                                + "\"}",
                        "Authorization",
                        officeToken());
        assertThat(account.status()).as(account.body()).isEqualTo(201);
        return http.token(email, "mat-khau-123");
    }

    void loseOutboxMessagesOf(UUID productId) {
        transactions.executeWrite(
                status ->
                        jdbc.prepareStatement(
                                "DELETE FROM platform.outbox_messages WHERE message_key = ? AND"
                                        + " status = 'PENDING'",
                                ps -> {
                                    ps.setString(1, productId.toString());
                                    return ps.executeUpdate();
                                }));
    }

    int productCount() {
        return transactions.executeRead(
                status ->
                        jdbc.prepareStatement(
                                "SELECT count(*) FROM catalog.products",
                                ps -> {
                                    try (var rs = ps.executeQuery()) {
                                        rs.next();
                                        return rs.getInt(1);
                                    }
                                }));
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
