package vn.ocop.catalog.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.catalog.api.CatalogApi;
import vn.ocop.catalog.api.SubgroupView;
import vn.ocop.catalog.api.TaxonomyApi;
import vn.ocop.catalog.api.TaxonomyGroupView;
import vn.ocop.kernel.DomainException;
import vn.ocop.kernel.FieldViolation;
import vn.ocop.testkit.WebClient;

/**
 * Subgroups as seeded, the public taxonomy, and the office's edits over HTTP. Subgroups a test adds
 * sit at positions 90 and above, after every seeded one.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.admin.email", value = TaxonomyTest.OFFICE_EMAIL)
@Property(name = "ocop.admin.password", value = TaxonomyTest.OFFICE_PASSWORD)
class TaxonomyTest {

    static final String OFFICE_EMAIL = "office@catalog.test";
    static final String OFFICE_PASSWORD = "office-password-1";

    private static final Map<String, List<String>> SEEDED =
            Map.of(
                    "FOOD",
                    List.of(
                            "FOOD_FRESH_PRODUCE",
                            "FOOD_MEAT_EGGS_MILK",
                            "FOOD_RICE_CEREALS",
                            "FOOD_FAST_FOOD",
                            "FOOD_FROM_RICE_CEREALS",
                            "FOOD_FROM_PRODUCE",
                            "FOOD_FROM_SEAFOOD",
                            "FOOD_OTHER_SPICES",
                            "FOOD_OTHER_TEA"),
                    "DRINKS",
                    List.of("DRINKS_ALCOHOLIC", "DRINKS_WATER", "DRINKS_OTHER_NON_ALCOHOLIC"),
                    "HERBAL",
                    List.of(
                            "HERBAL_FUNCTIONAL_FOOD",
                            "HERBAL_MEDICINE",
                            "HERBAL_COSMETICS",
                            "HERBAL_OTHER"),
                    "TEXTILES",
                    List.of("TEXTILES_FABRICS", "TEXTILES_GARMENTS"),
                    "SOUVENIRS",
                    List.of(
                            "SOUVENIRS_FINE_ART",
                            "SOUVENIRS_HOUSEHOLD",
                            "SOUVENIRS_ORNAMENTAL",
                            "SOUVENIRS_FURNITURE"),
                    "TOURISM",
                    List.of("TOURISM_COMMUNITY"));

    @Inject TaxonomyApi taxonomy;
    @Inject CatalogApi catalog;
    @Inject EmbeddedServer server;

    private WebClient client() {
        return new WebClient(server.getURI());
    }

    @Test
    void every_group_has_its_seeded_subgroups_in_order_named_in_both_languages() {
        SEEDED.forEach(
                (group, codes) -> {
                    List<SubgroupView> subgroups = taxonomy.subgroups(group);
                    assertThat(subgroups)
                            .as(group)
                            .extracting(SubgroupView::code)
                            .startsWith(codes.toArray(String[]::new));
                    assertThat(subgroups)
                            .allSatisfy(
                                    s -> {
                                        assertThat(s.groupCode()).isEqualTo(group);
                                        assertThat(s.nameVi()).isNotBlank();
                                        assertThat(s.nameEn())
                                                .isNotBlank()
                                                .isNotEqualTo(s.nameVi());
                                    });
                });
        assertThat(taxonomy.subgroups("food"))
                .extracting(SubgroupView::criteriaSet)
                .startsWith(1, 2, 3, 5, 6, 7, 9, 11, 13);
        assertThat(taxonomy.requireSubgroup("DRINKS", "DRINKS_WATER").criteriaSet()).isEqualTo(17);
        assertThat(taxonomy.requireSubgroup("SOUVENIRS", "SOUVENIRS_FINE_ART").criteriaSet())
                .isEqualTo(23);
        assertThat(taxonomy.requireSubgroup("SOUVENIRS", "SOUVENIRS_HOUSEHOLD").criteriaSet())
                .isEqualTo(24);
        assertThat(taxonomy.subgroups("NO_SUCH_GROUP")).isEmpty();
    }

    @Test
    void the_taxonomy_api_and_the_catalogue_api_list_the_same_six_groups() {
        assertThat(taxonomy.groups())
                .extracting(TaxonomyGroupView::code)
                .containsExactly("FOOD", "DRINKS", "HERBAL", "TEXTILES", "SOUVENIRS", "TOURISM")
                .containsExactlyElementsOf(
                        catalog.productGroups().stream().map(g -> g.code()).toList());
        assertThat(taxonomy.groups()).allSatisfy(g -> assertThat(g.subgroups()).isNotEmpty());
    }

    @Test
    void a_subgroup_of_another_group_is_refused_naming_the_subgroup_field() {
        var wrongGroup =
                catchThrowableOfType(
                        DomainException.class,
                        () -> taxonomy.requireSubgroup("DRINKS", "FOOD_FROM_SEAFOOD"));
        var unknownGroup =
                catchThrowableOfType(
                        DomainException.class,
                        () -> taxonomy.requireSubgroup("FISH", "FOOD_FROM_SEAFOOD"));
        var missing =
                catchThrowableOfType(
                        DomainException.class, () -> taxonomy.requireSubgroup("FOOD", null));

        assertThat(wrongGroup.violations())
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "subgroup", "catalog.subgroup-not-in-group"));
        assertThat(wrongGroup.errorCode().kind().status()).isEqualTo(422);
        assertThat(unknownGroup.violations())
                .extracting(FieldViolation::field)
                .containsExactly("group");
        assertThat(missing.violations())
                .extracting(FieldViolation::field)
                .containsExactly("subgroup");
        assertThat(taxonomy.requireSubgroup("food", "food_from_seafood").code())
                .isEqualTo("FOOD_FROM_SEAFOOD");
    }

    @Test
    void anyone_reads_the_groups_with_their_subgroups_over_http() {
        var response = client().get("/api/v1/taxonomy");

        assertThat(response.status()).isEqualTo(200);
        var food = response.json().get(0);
        assertThat(food.get("code").asText()).isEqualTo("FOOD");
        assertThat(food.get("nameEn").asText()).isEqualTo("Food");
        var seafood = food.get("subgroups").get(6);
        assertThat(seafood.get("code").asText()).isEqualTo("FOOD_FROM_SEAFOOD");
        assertThat(seafood.get("nameVi").asText()).isEqualTo("Chế biến từ thủy sản, hải sản");
        assertThat(seafood.get("criteriaSet").asInt()).isEqualTo(9);
        assertThat(response.json().get(5).get("subgroups").get(0).get("code").asText())
                .isEqualTo("TOURISM_COMMUNITY");
    }

    @Test
    void only_the_office_edits_the_taxonomy_and_refused_calls_change_nothing() {
        var client = client();
        String consumer = client.consumerToken("buyer-" + UUID.randomUUID() + "@example.vn");
        String group =
                "{\"nameVi\":\"Đổi tên\",\"nameEn\":\"Renamed\","
                        + "\"descriptionVi\":\"Mô tả\",\"descriptionEn\":\"Description\"}";
        String subgroup =
                "{\"code\":\"DRINKS_TEA_BAGS\",\"groupCode\":\"DRINKS\",\"position\":90,"
                        + "\"nameVi\":\"Trà túi lọc\",\"nameEn\":\"Tea bags\"}";

        var anonymous = client.putJson("/api/v1/office/taxonomy/groups/DRINKS", group);
        var forbidden =
                client.putJson("/api/v1/office/taxonomy/groups/DRINKS", group, bearer(consumer));
        var forbiddenCreate =
                client.postJson("/api/v1/office/taxonomy/subgroups", subgroup, bearer(consumer));
        var forbiddenUpdate =
                client.putJson(
                        "/api/v1/office/taxonomy/subgroups/DRINKS_WATER",
                        "{\"nameVi\":\"X\",\"nameEn\":\"X\"}",
                        bearer(consumer));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json().get("code").asText()).isEqualTo("platform.forbidden");
        assertThat(forbiddenCreate.status()).isEqualTo(403);
        assertThat(forbiddenUpdate.status()).isEqualTo(403);
        assertThat(catalog.productGroups().get(1).nameVi()).isEqualTo("Đồ uống");
        assertThat(taxonomy.subgroups("DRINKS"))
                .extracting(SubgroupView::code)
                .doesNotContain("DRINKS_TEA_BAGS");
        assertThat(taxonomy.requireSubgroup("DRINKS", "DRINKS_WATER").nameVi())
                .isEqualTo("Nước khoáng thiên nhiên, nước uống tinh khiết");
    }

    @Test
    void the_office_rewords_a_group_and_adds_and_changes_a_subgroup() {
        var client = client();
        String[] office = bearer(client.token(OFFICE_EMAIL, OFFICE_PASSWORD));

        var reworded =
                client.putJson(
                        "/api/v1/office/taxonomy/groups/textiles",
                        "{\"nameVi\":\" Dệt may \",\"nameEn\":\"Textiles and clothing\","
                                + "\"descriptionVi\":\"Vải, thổ cẩm, lụa, may mặc.\","
                                + "\"descriptionEn\":\"Cloth, brocade, silk, clothing.\"}",
                        office);
        var added =
                client.postJson(
                        "/api/v1/office/taxonomy/subgroups",
                        "{\"code\":\"textiles_embroidery\",\"groupCode\":\"TEXTILES\","
                                + "\"position\":90,\"nameVi\":\"Thêu tay\","
                                + "\"nameEn\":\"Hand embroidery\"}",
                        office);
        var changed =
                client.putJson(
                        "/api/v1/office/taxonomy/subgroups/TEXTILES_EMBROIDERY",
                        "{\"nameVi\":\"Thêu, đan tay\",\"nameEn\":\"Hand embroidery and knitting\","
                                + "\"criteriaSet\":25}",
                        office);

        assertThat(reworded.status()).as(reworded.body()).isEqualTo(200);
        assertThat(reworded.json().get("nameVi").asText()).isEqualTo("Dệt may");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("code").asText()).isEqualTo("TEXTILES_EMBROIDERY");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        var textiles =
                taxonomy.groups().stream().filter(g -> g.code().equals("TEXTILES")).findFirst();
        assertThat(textiles)
                .hasValueSatisfying(
                        g -> {
                            assertThat(g.nameEn()).isEqualTo("Textiles and clothing");
                            assertThat(g.position()).isEqualTo(4);
                            assertThat(g.subgroups())
                                    .last()
                                    .isEqualTo(
                                            new SubgroupView(
                                                    "TEXTILES_EMBROIDERY",
                                                    "TEXTILES",
                                                    90,
                                                    "Thêu, đan tay",
                                                    "Hand embroidery and knitting",
                                                    25));
                        });
    }

    @Test
    void invalid_subgroups_get_422_naming_every_field_and_nothing_is_created() {
        var client = client();
        String[] office = bearer(client.token(OFFICE_EMAIL, OFFICE_PASSWORD));

        var refused =
                client.postJson(
                        "/api/v1/office/taxonomy/subgroups",
                        "{\"code\":\"9 bad code\",\"groupCode\":\"FISH\",\"position\":0,"
                                + "\"nameVi\":\" \",\"nameEn\":\""
                                + "x".repeat(201)
                                + "\",\"criteriaSet\":100}",
                        office);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("code").asText()).isEqualTo("catalog.invalid-subgroup-code");
        assertThat(errorFields(refused))
                .containsExactly(
                        "code", "groupCode", "position", "nameVi", "nameEn", "criteriaSet");
        assertThat(refused.json().get("errors").get(3).get("message").asText())
                .isEqualTo("Nhập tên");
        assertThat(taxonomy.groups())
                .flatExtracting(TaxonomyGroupView::subgroups)
                .extracting(SubgroupView::code)
                .doesNotContain("9 BAD CODE");

        var english =
                client.putJson(
                        "/api/v1/office/taxonomy/groups/FOOD",
                        "{\"nameVi\":\"Thực phẩm\",\"nameEn\":\"\"}",
                        office[0],
                        office[1],
                        "Accept-Language",
                        "en");
        assertThat(english.status()).isEqualTo(422);
        assertThat(english.json().get("title").asText()).isEqualTo("Name required");
        assertThat(errorFields(english))
                .containsExactly("nameEn", "descriptionVi", "descriptionEn");
        assertThat(catalog.productGroups().get(0).nameEn()).isEqualTo("Food");
    }

    @Test
    void a_taken_subgroup_code_gets_409_and_an_unknown_one_404() {
        var client = client();
        String[] office = bearer(client.token(OFFICE_EMAIL, OFFICE_PASSWORD));

        var taken =
                client.postJson(
                        "/api/v1/office/taxonomy/subgroups",
                        "{\"code\":\"DRINKS_WATER\",\"groupCode\":\"FOOD\",\"position\":91,"
                                + "\"nameVi\":\"Nước\",\"nameEn\":\"Water\"}",
                        office);
        var unknown =
                client.putJson(
                        "/api/v1/office/taxonomy/subgroups/NO_SUCH_SUBGROUP",
                        "{\"nameVi\":\"A\",\"nameEn\":\"B\"}",
                        office);
        var unknownGroup =
                client.putJson(
                        "/api/v1/office/taxonomy/groups/FISH",
                        "{\"nameVi\":\"Cá\",\"nameEn\":\"Fish\",\"descriptionVi\":\"Cá\","
                                + "\"descriptionEn\":\"Fish\"}",
                        office);

        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("code").asText()).isEqualTo("catalog.subgroup-exists");
        assertThat(taken.json().get("detail").asText())
                .isEqualTo("Mã phân nhóm DRINKS_WATER đã được dùng.");
        assertThat(taxonomy.requireSubgroup("DRINKS", "DRINKS_WATER").groupCode())
                .isEqualTo("DRINKS");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asText()).isEqualTo("catalog.subgroup-not-found");
        assertThat(unknownGroup.status()).isEqualTo(404);
        assertThat(unknownGroup.json().get("code").asText()).isEqualTo("catalog.group-not-found");
    }

    private static String[] bearer(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }

    private static List<String> errorFields(WebClient.Response response) {
        List<String> fields = new ArrayList<>();
        response.json().path("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }
}
