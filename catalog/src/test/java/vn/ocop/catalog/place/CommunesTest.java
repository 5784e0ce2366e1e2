package vn.ocop.catalog.place;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.ocop.catalog.api.CommuneError;
import vn.ocop.catalog.api.CommuneKind;
import vn.ocop.catalog.api.CommuneView;
import vn.ocop.catalog.api.CommunesApi;
import vn.ocop.catalog.api.PlacesApi;
import vn.ocop.catalog.api.ProvinceView;
import vn.ocop.kernel.ProblemKind;
import vn.ocop.kernel.VietnameseText;
import vn.ocop.testkit.WebClient;

/** The 3,321 commune-level units since 1 July 2025, as seeded and over HTTP. */
@MicronautTest(transactional = false)
class CommunesTest {

    /**
     * Communes, wards and special zones per province after the 2025 rearrangement, as published
     * with the Standing Committee's resolutions (written out here, not read from the migration).
     */
    private static final Map<String, Integer> PER_PROVINCE =
            Map.ofEntries(
                    Map.entry("ha-noi", 126),
                    Map.entry("hue", 40),
                    Map.entry("hai-phong", 114),
                    Map.entry("da-nang", 94),
                    Map.entry("ho-chi-minh", 168),
                    Map.entry("can-tho", 103),
                    Map.entry("an-giang", 102),
                    Map.entry("bac-ninh", 99),
                    Map.entry("ca-mau", 64),
                    Map.entry("cao-bang", 56),
                    Map.entry("dak-lak", 102),
                    Map.entry("dien-bien", 45),
                    Map.entry("dong-nai", 95),
                    Map.entry("dong-thap", 102),
                    Map.entry("gia-lai", 135),
                    Map.entry("ha-tinh", 69),
                    Map.entry("hung-yen", 104),
                    Map.entry("khanh-hoa", 65),
                    Map.entry("lai-chau", 38),
                    Map.entry("lam-dong", 124),
                    Map.entry("lang-son", 65),
                    Map.entry("lao-cai", 99),
                    Map.entry("nghe-an", 130),
                    Map.entry("ninh-binh", 129),
                    Map.entry("phu-tho", 148),
                    Map.entry("quang-ngai", 96),
                    Map.entry("quang-ninh", 54),
                    Map.entry("quang-tri", 78),
                    Map.entry("son-la", 75),
                    Map.entry("tay-ninh", 96),
                    Map.entry("thai-nguyen", 92),
                    Map.entry("thanh-hoa", 166),
                    Map.entry("tuyen-quang", 124),
                    Map.entry("vinh-long", 124));

    @Inject CommunesApi communes;
    @Inject PlacesApi places;
    @Inject DataSource dataSource;
    @Inject EmbeddedServer server;

    @Test
    void there_are_3321_units_2621_communes_687_wards_and_13_special_zones_in_all_34_provinces() {
        assertThat(communes.count()).isEqualTo(3321);
        Map<CommuneKind, Integer> byKind = new TreeMap<>();
        Map<String, Integer> byProvince = new TreeMap<>();
        for (ProvinceView p : places.provinces()) {
            List<CommuneView> list = communes.communes(p.code());
            byProvince.put(p.code(), list.size());
            list.forEach(c -> byKind.merge(c.kind(), 1, Integer::sum));
            assertThat(list).allSatisfy(c -> assertThat(c.provinceCode()).isEqualTo(p.code()));
        }

        assertThat(PER_PROVINCE.values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(3321);
        assertThat(byProvince).isEqualTo(new TreeMap<>(PER_PROVINCE));
        assertThat(byKind)
                .containsExactlyEntriesOf(
                        new TreeMap<>(
                                Map.of(
                                        CommuneKind.XA, 2621,
                                        CommuneKind.PHUONG, 687,
                                        CommuneKind.DAC_KHU, 13)));
    }

    @Test
    void the_13_special_zones_are_the_island_units() {
        Map<String, String> zones =
                places.provinces().stream()
                        .flatMap(p -> communes.communes(p.code()).stream())
                        .filter(c -> c.kind() == CommuneKind.DAC_KHU)
                        .collect(
                                Collectors.toMap(
                                        CommuneView::nameVi,
                                        CommuneView::provinceCode,
                                        (a, b) -> a,
                                        TreeMap::new));

        assertThat(zones)
                .isEqualTo(
                        new TreeMap<>(
                                Map.ofEntries(
                                        Map.entry("Đặc khu Vân Đồn", "quang-ninh"),
                                        Map.entry("Đặc khu Cô Tô", "quang-ninh"),
                                        Map.entry("Đặc khu Cát Hải", "hai-phong"),
                                        Map.entry("Đặc khu Bạch Long Vĩ", "hai-phong"),
                                        Map.entry("Đặc khu Cồn Cỏ", "quang-tri"),
                                        Map.entry("Đặc khu Hoàng Sa", "da-nang"),
                                        Map.entry("Đặc khu Lý Sơn", "quang-ngai"),
                                        Map.entry("Đặc khu Trường Sa", "khanh-hoa"),
                                        Map.entry("Đặc khu Phú Quý", "lam-dong"),
                                        Map.entry("Đặc khu Côn Đảo", "ho-chi-minh"),
                                        Map.entry("Đặc khu Phú Quốc", "an-giang"),
                                        Map.entry("Đặc khu Thổ Châu", "an-giang"),
                                        Map.entry("Đặc khu Kiên Hải", "an-giang"))));
    }

    @Test
    void known_communes_have_their_national_code_names_and_province() {
        assertThat(communes.commune("00070"))
                .contains(
                        new CommuneView(
                                "00070",
                                "Phường Hoàn Kiếm",
                                "Hoan Kiem Ward",
                                CommuneKind.PHUONG,
                                "ha-noi"));
        assertThat(communes.commune("00004").map(CommuneView::nameVi)).contains("Phường Ba Đình");
        assertThat(communes.commune("26740").map(CommuneView::provinceCode))
                .contains("ho-chi-minh");
        assertThat(communes.commune("26740").map(CommuneView::nameVi)).contains("Phường Sài Gòn");
        assertThat(communes.commune("00769"))
                .contains(
                        new CommuneView(
                                "00769",
                                "Xã Mèo Vạc",
                                "Meo Vac Commune",
                                CommuneKind.XA,
                                "tuyen-quang"));
        assertThat(communes.commune("31135").map(CommuneView::nameVi)).contains("Phường Ninh Kiều");
        assertThat(communes.commune("20410").map(CommuneView::provinceCode)).contains("da-nang");
        assertThat(communes.commune("26732").map(CommuneView::nameEn))
                .contains("Con Dao Special Zone");
        assertThat(communes.commune("99999")).isEmpty();
        assertThat(communes.commune(null)).isEmpty();
    }

    @Test
    void every_row_is_nfc_with_an_ascii_english_name_and_the_folded_name_the_function_gives()
            throws SQLException {
        List<String> problems = new ArrayList<>();
        int rows = 0;
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                Statement s = c.createStatement();
                ResultSet r =
                        s.executeQuery(
                                "SELECT code, name_vi, name_en, name_folded, kind"
                                        + " FROM catalog.communes")) {
            while (r.next()) {
                rows++;
                String nameVi = r.getString(2);
                String nameEn = r.getString(3);
                if (!Normalizer.isNormalized(nameVi, Normalizer.Form.NFC)) {
                    problems.add("not NFC: " + nameVi);
                }
                if (!VietnameseText.fold(nameVi).equals(r.getString(4))) {
                    problems.add("folded: " + nameVi + " → " + r.getString(4));
                }
                if (!nameEn.chars().allMatch(ch -> ch >= 0x20 && ch < 0x7f)) {
                    problems.add("English not ASCII: " + nameEn);
                }
                String prefix =
                        switch (r.getString(5)) {
                            case "XA" -> "Xã ";
                            case "PHUONG" -> "Phường ";
                            default -> "Đặc khu ";
                        };
                if (!nameVi.startsWith(prefix)) {
                    problems.add("kind: " + nameVi + " is " + r.getString(5));
                }
            }
        }
        assertThat(rows).isEqualTo(3321);
        assertThat(problems).isEmpty();
    }

    @Test
    void a_province_lists_its_communes_by_name_without_the_kind() {
        List<String> hanoi = communes.communes("HA-NOI").stream().map(CommuneView::nameVi).toList();

        assertThat(hanoi).hasSize(126).contains("Phường Hoàn Kiếm", "Xã Sóc Sơn");
        assertThat(hanoi.get(0)).isEqualTo("Xã An Khánh");
        assertThat(hanoi.indexOf("Phường Ba Đình")).isLessThan(hanoi.indexOf("Xã Bát Tràng"));
        assertThat(communes.communes("quang-nam")).isEmpty();
        assertThat(communes.communes(null)).isEmpty();
    }

    @Test
    void resolves_a_code_or_a_name_only_within_the_province() {
        Map<String, String> hanoi = new TreeMap<>();
        hanoi.put("00070", "00070");
        hanoi.put("Phường Hoàn Kiếm", "00070");
        hanoi.put("phường hoàn kiếm", "00070");
        hanoi.put("  Hoàn   Kiếm ", "00070");
        hanoi.put("phuong hoan kiem", "00070");
        hanoi.put("Hoan Kiem", "00070");
        hanoi.put("Ba Đình", "00004");
        hanoi.forEach(
                (typed, code) ->
                        assertThat(communes.resolve("ha-noi", typed).map(CommuneView::code))
                                .as(typed)
                                .contains(code));

        assertThat(communes.resolve("hai-phong", "00070")).isEmpty();
        assertThat(communes.resolve("hai-phong", "Phường Hoàn Kiếm")).isEmpty();
        assertThat(communes.resolve("ha-noi", "Phường Bến Nghé")).isEmpty();
        assertThat(communes.resolve("ha-noi", " ")).isEmpty();
        assertThat(communes.resolve(null, "00070")).isEmpty();
    }

    @Test
    void names_that_fold_alike_resolve_only_with_their_diacritics() {
        // Thái Nguyên has both Xã Văn Lang and Xã Văn Lăng
        assertThat(communes.resolve("thai-nguyen", "Xã Văn Lang").map(CommuneView::code))
                .contains("02143");
        assertThat(communes.resolve("thai-nguyen", "Văn Lăng").map(CommuneView::code))
                .contains("05665");
        assertThat(communes.resolve("thai-nguyen", "xa van lang")).isEmpty();
        assertThat(communes.resolve("thai-nguyen", "02143").map(CommuneView::nameVi))
                .contains("Xã Văn Lang");
    }

    @Test
    void anyone_reads_a_provinces_communes_and_one_commune_over_http_cacheable() {
        WebClient client = new WebClient(server.getURI());

        var list = client.get("/api/v1/provinces/ha-noi/communes");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.header("Cache-Control")).isEqualTo("public, max-age=86400");
        assertThat(list.json().size()).isEqualTo(126);
        List<String> names = new ArrayList<>();
        list.json().forEach(c -> names.add(c.get("nameVi").asText()));
        assertThat(names).contains("Phường Hoàn Kiếm");

        var one = client.get("/api/v1/communes/26732");
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("nameVi").asText()).isEqualTo("Đặc khu Côn Đảo");
        assertThat(one.json().get("kind").asText()).isEqualTo("DAC_KHU");
        assertThat(one.json().get("provinceCode").asText()).isEqualTo("ho-chi-minh");

        var noProvince = client.get("/api/v1/provinces/quang-nam/communes");
        assertThat(noProvince.status()).isEqualTo(404);
        assertThat(noProvince.header("Content-Type")).startsWith("application/problem+json");
        assertThat(noProvince.json().get("code").asText()).isEqualTo("catalog.province-not-found");

        var noCommune = client.get("/api/v1/communes/99999", "Accept-Language", "en");
        assertThat(noCommune.status()).isEqualTo(404);
        assertThat(noCommune.json().get("code").asText()).isEqualTo("catalog.commune-not-found");
    }

    @Test
    void every_commune_error_reads_in_vietnamese_and_english() throws IOException {
        for (String lang : List.of("vi", "en")) {
            Properties bundle = new Properties();
            try (InputStream in =
                    getClass()
                            .getResourceAsStream(
                                    "/i18n/catalog-reference_" + lang + ".properties")) {
                bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (CommuneError error : CommuneError.values()) {
                assertThat(bundle).containsKey("problem." + error.code() + ".title");
                String explanation =
                        error.kind() == ProblemKind.INVALID
                                ? "violation." + error.code()
                                : "problem." + error.code() + ".detail";
                assertThat(bundle).as(lang + " " + error).containsKey(explanation);
            }
        }
    }
}
