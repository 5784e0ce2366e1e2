package vn.ocop.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.ocop.catalog.api.CatalogApi;
import vn.ocop.catalog.api.ProductGroupView;

@MicronautTest(transactional = false)
class ProductGroupsTest {

    @Inject CatalogApi catalog;

    @Test
    void seeds_the_six_ocop_groups_in_order_with_both_languages() {
        var groups = catalog.productGroups();
        assertThat(groups)
                .extracting(ProductGroupView::code)
                .containsExactly("FOOD", "DRINKS", "HERBAL", "TEXTILES", "SOUVENIRS", "TOURISM");
        assertThat(groups.get(0).name(Locale.forLanguageTag("vi"))).isEqualTo("Thực phẩm");
        assertThat(groups.get(0).name(Locale.ENGLISH)).isEqualTo("Food");
        assertThat(groups).allSatisfy(g -> assertThat(g.descriptionVi()).isNotBlank());
    }
}
