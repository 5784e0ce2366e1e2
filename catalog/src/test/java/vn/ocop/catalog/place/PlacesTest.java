package vn.ocop.catalog.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.ocop.catalog.api.Origin;
import vn.ocop.catalog.api.PlacesApi;
import vn.ocop.catalog.api.ProvinceAliasKind;
import vn.ocop.catalog.api.ProvinceKind;
import vn.ocop.catalog.api.ProvinceView;
import vn.ocop.kernel.DomainException;
import vn.ocop.kernel.FieldViolation;
import vn.ocop.kernel.VietnameseText;
import vn.ocop.testkit.WebClient;

/** The provinces after the 2025 merger, against the seeded PostgreSQL data and over HTTP. */
@MicronautTest(transactional = false)
class PlacesTest {

    /**
     * Resolution 202/2025/QH15, written out independently of the migration: each current unit and
     * the pre-2025 units that formed it.
     */
    private static final Map<String, List<String>> MERGERS =
            Map.ofEntries(
                    Map.entry("ha-noi", List.of("Hà Nội")),
                    Map.entry("hue", List.of("Thừa Thiên Huế")),
                    Map.entry("hai-phong", List.of("Hải Phòng", "Hải Dương")),
                    Map.entry("da-nang", List.of("Đà Nẵng", "Quảng Nam")),
                    Map.entry(
                            "ho-chi-minh",
                            List.of("Thành phố Hồ Chí Minh", "Bình Dương", "Bà Rịa – Vũng Tàu")),
                    Map.entry("can-tho", List.of("Cần Thơ", "Sóc Trăng", "Hậu Giang")),
                    Map.entry("lai-chau", List.of("Lai Châu")),
                    Map.entry("dien-bien", List.of("Điện Biên")),
                    Map.entry("son-la", List.of("Sơn La")),
                    Map.entry("lang-son", List.of("Lạng Sơn")),
                    Map.entry("quang-ninh", List.of("Quảng Ninh")),
                    Map.entry("thanh-hoa", List.of("Thanh Hóa")),
                    Map.entry("nghe-an", List.of("Nghệ An")),
                    Map.entry("ha-tinh", List.of("Hà Tĩnh")),
                    Map.entry("cao-bang", List.of("Cao Bằng")),
                    Map.entry("tuyen-quang", List.of("Tuyên Quang", "Hà Giang")),
                    Map.entry("lao-cai", List.of("Lào Cai", "Yên Bái")),
                    Map.entry("thai-nguyen", List.of("Thái Nguyên", "Bắc Kạn")),
                    Map.entry("phu-tho", List.of("Phú Thọ", "Vĩnh Phúc", "Hòa Bình")),
                    Map.entry("bac-ninh", List.of("Bắc Ninh", "Bắc Giang")),
                    Map.entry("hung-yen", List.of("Hưng Yên", "Thái Bình")),
                    Map.entry("ninh-binh", List.of("Ninh Bình", "Hà Nam", "Nam Định")),
                    Map.entry("quang-tri", List.of("Quảng Trị", "Quảng Bình")),
                    Map.entry("quang-ngai", List.of("Quảng Ngãi", "Kon Tum")),
                    Map.entry("gia-lai", List.of("Gia Lai", "Bình Định")),
                    Map.entry("khanh-hoa", List.of("Khánh Hòa", "Ninh Thuận")),
                    Map.entry("lam-dong", List.of("Lâm Đồng", "Đắk Nông", "Bình Thuận")),
                    Map.entry("dak-lak", List.of("Đắk Lắk", "Phú Yên")),
                    Map.entry("dong-nai", List.of("Đồng Nai", "Bình Phước")),
                    Map.entry("tay-ninh", List.of("Tây Ninh", "Long An")),
                    Map.entry("vinh-long", List.of("Vĩnh Long", "Bến Tre", "Trà Vinh")),
                    Map.entry("dong-thap", List.of("Đồng Tháp", "Tiền Giang")),
                    Map.entry("ca-mau", List.of("Cà Mau", "Bạc Liêu")),
                    Map.entry("an-giang", List.of("An Giang", "Kiên Giang")));

    @Inject PlacesApi places;
    @Inject DataSource dataSource;
    @Inject EmbeddedServer server;

    @Test
    void there_are_34_units_six_centrally_run_cities_and_28_provinces() {
        List<ProvinceView> provinces = places.provinces();

        assertThat(provinces).hasSize(34);
        assertThat(provinces)
                .filteredOn(p -> p.kind() == ProvinceKind.CITY)
                .extracting(ProvinceView::code)
                .containsExactly("can-tho", "da-nang", "ha-noi", "hai-phong", "ho-chi-minh", "hue");
        assertThat(provinces).filteredOn(p -> p.kind() == ProvinceKind.PROVINCE).hasSize(28);
        assertThat(provinces)
                .allSatisfy(
                        p -> {
                            assertThat(p.nameVi()).isNotBlank();
                            assertThat(p.nameEn()).isNotBlank();
                            assertThat(VietnameseText.hasDiacritics(p.nameEn())).isFalse();
                        });
    }

    @Test
    void every_one_of_the_63_pre_2025_units_maps_to_exactly_one_current_unit() {
        Map<String, String> expected = new TreeMap<>();
        MERGERS.forEach((code, olds) -> olds.forEach(old -> expected.put(old, code)));
        Map<String, String> seeded = new TreeMap<>();
        List<String> all = new ArrayList<>();
        for (ProvinceView p : places.provinces()) {
            p.aliases().stream()
                    .filter(a -> a.kind() == ProvinceAliasKind.PRE_2025)
                    .forEach(
                            a -> {
                                all.add(a.name());
                                seeded.put(a.name(), p.code());
                                assertThat(a.nameEn()).as(a.name()).isNotBlank();
                            });
        }

        assertThat(MERGERS).hasSize(34);
        assertThat(expected).hasSize(63);
        assertThat(all).hasSize(63).doesNotHaveDuplicates();
        assertThat(seeded).isEqualTo(expected);
        expected.forEach(
                (old, code) ->
                        assertThat(places.resolve(old).map(ProvinceView::code))
                                .as(old)
                                .contains(code));
    }

    @Test
    void stored_folded_names_are_exactly_what_the_folding_function_gives() throws SQLException {
        List<String> mismatches = new ArrayList<>();
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                Statement s = c.createStatement()) {
            collectMismatches(
                    s.executeQuery("SELECT name_vi, name_folded FROM catalog.provinces"),
                    mismatches);
            collectMismatches(
                    s.executeQuery("SELECT alias, alias_folded FROM catalog.province_aliases"),
                    mismatches);
            collectMismatches(
                    s.executeQuery("SELECT term, term_folded FROM catalog.synonyms"), mismatches);
        }
        assertThat(mismatches).isEmpty();
    }

    private static void collectMismatches(ResultSet rows, List<String> mismatches)
            throws SQLException {
        int count = 0;
        while (rows.next()) {
            count++;
            if (!VietnameseText.fold(rows.getString(1)).equals(rows.getString(2))) {
                mismatches.add(rows.getString(1) + " → " + rows.getString(2));
            }
        }
        assertThat(count).isPositive();
    }

    @Test
    void resolves_codes_current_old_and_common_names_folded_in_any_case() {
        Map<String, String> cases = new TreeMap<>();
        cases.put("quang nam", "da-nang");
        cases.put("Thai Binh", "hung-yen");
        cases.put("HCM", "ho-chi-minh");
        cases.put("TP.HCM", "ho-chi-minh");
        cases.put("tp hcm", "ho-chi-minh");
        cases.put("TPHCM", "ho-chi-minh");
        cases.put("Sài Gòn", "ho-chi-minh");
        cases.put("Thành phố Hồ Chí Minh", "ho-chi-minh");
        cases.put("Ho Chi Minh City", "ho-chi-minh");
        cases.put("Bà Rịa-Vũng Tàu", "ho-chi-minh");
        cases.put("Thừa Thiên Huế", "hue");
        cases.put("Hue", "hue");
        cases.put("Tỉnh Bắc Kạn", "thai-nguyen");
        cases.put("bac can", "thai-nguyen");
        cases.put("Daklak", "dak-lak");
        cases.put("Đắk Nông", "lam-dong");
        cases.put("DA-NANG", "da-nang");
        cases.put("  Hà   Nội ", "ha-noi");
        cases.put("Hanoi", "ha-noi");
        cases.put("kon tum province", "quang-ngai");

        cases.forEach(
                (name, code) ->
                        assertThat(places.resolve(name).map(ProvinceView::code))
                                .as(name)
                                .contains(code));
        assertThat(places.resolve("Atlantis")).isEmpty();
        assertThat(places.resolve("  ")).isEmpty();
        assertThat(places.province("HO-CHI-MINH").map(ProvinceView::nameVi))
                .contains("TP. Hồ Chí Minh");
        assertThat(places.province("quang-nam")).isEmpty();
    }

    @Test
    void anyone_lists_the_provinces_over_http_cities_first_with_aliases() {
        var response = new WebClient(server.getURI()).get("/api/v1/provinces");

        assertThat(response.status()).isEqualTo(200);
        var json = response.json();
        assertThat(json.size()).isEqualTo(34);
        for (int i = 0; i < 6; i++) {
            assertThat(json.get(i).get("kind").asText()).isEqualTo("CITY");
        }
        assertThat(json.get(6).get("code").asText()).isEqualTo("an-giang");
        assertThat(json.get(33).get("code").asText()).isEqualTo("vinh-long");
        var hcm = json.get(4);
        assertThat(hcm.get("code").asText()).isEqualTo("ho-chi-minh");
        assertThat(hcm.get("nameEn").asText()).isEqualTo("Ho Chi Minh City");
        List<String> aliases = new ArrayList<>();
        hcm.get("aliases").forEach(a -> aliases.add(a.get("name").asText()));
        assertThat(aliases).contains("Bình Dương", "Bà Rịa – Vũng Tàu", "Sài Gòn", "TPHCM");
    }

    @Test
    void origins_are_normalised_when_every_province_exists() {
        List<Origin> origins =
                places.requireOrigins(
                        List.of(
                                new Origin(" CAN-THO ", " Xã  Phong Điền ", "", null),
                                new Origin("ha-noi", "Xã Bát Tràng", "Thôn Giang Cao", "Gia Lâm")),
                        "origins");

        assertThat(origins)
                .containsExactly(
                        new Origin("can-tho", "Xã Phong Điền", null, null),
                        new Origin("ha-noi", "Xã Bát Tràng", "Thôn Giang Cao", "Gia Lâm"));
    }

    @Test
    void origins_with_an_unknown_province_a_missing_commune_or_a_repeat_are_refused_by_field() {
        var refused =
                catchThrowableOfType(
                        DomainException.class,
                        () ->
                                places.requireOrigins(
                                        Arrays.asList(
                                                new Origin("quang-nam", "Hội An", null, null),
                                                new Origin("hue", " ", null, null),
                                                new Origin("hue", "Xã Phú Vang", null, null),
                                                new Origin("HUE", "xa phu vang", null, null),
                                                null),
                                        "origins"));

        assertThat(refused.errorCode().code()).isEqualTo("catalog.unknown-province");
        assertThat(refused.violations())
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(
                        tuple("origins[0].provinceCode", "catalog.unknown-province"),
                        tuple("origins[1].commune", "catalog.origin-commune-required"),
                        tuple("origins[3]", "catalog.origin-duplicate"),
                        tuple("origins[4].provinceCode", "catalog.origin-province-required"),
                        tuple("origins[4].commune", "catalog.origin-commune-required"));
        assertThat(
                        catchThrowableOfType(
                                        DomainException.class,
                                        () -> places.requireOrigins(List.of(), "origins"))
                                .violations())
                .extracting(FieldViolation::field)
                .containsExactly("origins");
    }
}
