package vn.ocop.storefront.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.catalog.api.CatalogError;
import vn.ocop.catalog.api.ListingStatus;
import vn.ocop.catalog.api.OriginView;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.catalog.api.Regulation;
import vn.ocop.catalog.api.VariantView;
import vn.ocop.kernel.DomainException;
import vn.ocop.storefront.producer.ListingForm.VariantForm;

class ListingInputsTest {

    private static final UUID PRODUCER = UUID.randomUUID();

    private static ListingForm form(VariantForm... variants) {
        return new ListingForm(
                "token",
                "Chè Shan tuyết",
                "",
                "",
                "",
                "DRINKS",
                "",
                "quang-ninh",
                "Tân Lập",
                "",
                List.of(variants));
    }

    @Test
    void prices_are_read_the_way_shoppers_write_them_and_empty_rows_are_ignored() {
        var checked =
                ListingInputs.check(
                        form(
                                new VariantForm("CHE-1", "Gói 100 g", "120.000", "", ""),
                                VariantForm.EMPTY,
                                new VariantForm("CHE-2", "Gói 200 g", "230 000", "250", "")),
                        List.of(PRODUCER),
                        null);

        assertThat(checked.errors()).isEmpty();
        assertThat(checked.input().variants())
                .extracting(v -> v.sku() + "=" + v.priceVnd() + "/" + v.weightGrams())
                .containsExactly("CHE-1=120000/null", "CHE-2=230000/250");
        assertThat(checked.input().producerIds()).containsExactly(PRODUCER);
        assertThat(checked.input().origins().get(0).province()).isEqualTo("quang-ninh");
    }

    @Test
    void blank_required_fields_and_words_for_numbers_are_refused_per_field() {
        var checked =
                ListingInputs.check(
                        new ListingForm(
                                "t",
                                " ",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "",
                                List.of(new VariantForm("CHE-1", "", "một trăm", "0", ""))),
                        List.of(PRODUCER),
                        null);

        assertThat(checked.input()).isNull();
        assertThat(checked.errors())
                .containsEntry("nameVi", "producer.listing.error.required")
                .containsEntry("group", "producer.listing.error.required")
                .containsEntry("province", "producer.listing.error.required")
                .containsEntry("variants[0].nameVi", "producer.listing.error.required")
                .containsEntry("variants[0].price", "producer.listing.error.wholeNumber")
                .containsEntry("variants[0].weightGrams", "producer.listing.error.notPositive");
    }

    @Test
    void a_listing_without_any_variant_is_refused() {
        var checked = ListingInputs.check(form(VariantForm.EMPTY), List.of(PRODUCER), null);
        assertThat(checked.errors())
                .containsEntry("variants", "producer.listing.error.variantRequired");
    }

    @Test
    void the_catalogues_field_names_become_the_forms() {
        var gtin =
                DomainException.invalidField(
                        CatalogError.INVALID_GTIN, "variants[1].gtin", "Bad check digit");
        var province =
                DomainException.invalidField(
                        CatalogError.UNKNOWN_PROVINCE, "origins[0].province", "Unknown");
        var price =
                DomainException.invalidField(
                        CatalogError.INVALID_FIELD, "variants[0].priceVnd", "Negative");
        var conflict = new DomainException(CatalogError.INVALID_TRANSITION, "Not now");

        assertThat(ListingInputs.fieldErrors(gtin))
                .containsEntry("variants[1].gtin", "problem.catalog.invalid-gtin.title");
        assertThat(ListingInputs.fieldErrors(province))
                .containsEntry("province", "problem.catalog.unknown-province.title");
        assertThat(ListingInputs.fieldErrors(price)).containsKey("variants[0].price");
        assertThat(ListingInputs.fieldErrors(conflict))
                .containsEntry("form", "problem.catalog.invalid-transition.title");
    }

    @Test
    void editing_keeps_what_the_form_does_not_show() {
        ProductView existing =
                new ProductView(
                        UUID.randomUUID(),
                        "Chè Shan tuyết",
                        null,
                        "",
                        "",
                        "DRINKS",
                        null,
                        List.of(PRODUCER, UUID.randomUUID()),
                        List.of(
                                new OriginView("quang-ninh", "Tân Lập", null, "Ba Chẽ"),
                                new OriginView("ha-giang", "Lũng Cú", null, null)),
                        List.of(
                                new VariantView(
                                        UUID.randomUUID(),
                                        "CHE-1",
                                        "Gói 100 g",
                                        "100 g pack",
                                        85_000,
                                        null,
                                        null,
                                        true)),
                        Regulation.NONE,
                        null,
                        true,
                        365,
                        false,
                        ListingStatus.PUBLISHED,
                        null,
                        null,
                        false,
                        null,
                        null,
                        List.of());

        var checked =
                ListingInputs.check(
                        form(new VariantForm("CHE-1", "Gói 100 g", "90000", "", "")),
                        existing.producerIds(),
                        existing);

        var input = checked.input();
        assertThat(input.producerIds()).hasSize(2);
        assertThat(input.variants().get(0).nameEn()).isEqualTo("100 g pack");
        assertThat(input.origins()).hasSize(2);
        assertThat(input.origins().get(0).historicalDistrict()).isEqualTo("Ba Chẽ");
        assertThat(input.perishable()).isTrue();
        assertThat(input.shelfLifeDays()).isEqualTo(365);
    }

    @Test
    void a_variant_without_an_english_name_stays_without_one() {
        ProductView existing =
                new ProductView(
                        UUID.randomUUID(),
                        "Chè Shan tuyết",
                        null,
                        "",
                        "",
                        "DRINKS",
                        null,
                        List.of(PRODUCER),
                        List.of(new OriginView("quang-ninh", "Tân Lập", null, null)),
                        List.of(
                                new VariantView(
                                        UUID.randomUUID(),
                                        "CHE-1",
                                        "Gói 100 g",
                                        null,
                                        85_000,
                                        null,
                                        null,
                                        true)),
                        Regulation.NONE,
                        null,
                        false,
                        null,
                        false,
                        ListingStatus.DRAFT,
                        null,
                        null,
                        false,
                        null,
                        null,
                        List.of());

        var checked =
                ListingInputs.check(
                        form(new VariantForm("CHE-1", "Gói 100 g", "90000", "", "")),
                        existing.producerIds(),
                        existing);

        assertThat(checked.input().variants().get(0).nameEn()).isNull();
    }
}
