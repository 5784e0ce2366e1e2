package vn.ocop.storefront.producer;

import java.util.List;
import java.util.Map;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.catalog.api.ProvinceView;
import vn.ocop.catalog.api.SubgroupView;
import vn.ocop.catalog.api.TaxonomyGroupView;

/**
 * The listing form: the listing being edited (null for a new one), what the form shows, the message
 * key per refused field, the pickers' choices, and a notice key after a successful action.
 */
public record ListingEditPage(
        ProductView product,
        ListingForm form,
        Map<String, String> errors,
        List<TaxonomyGroupView> groups,
        List<ProvinceView> provinces,
        String notice) {

    public boolean isNew() {
        return product == null;
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Where the form posts. */
    public String action() {
        return isNew() ? "/nha-san-xuat/san-pham" : "/nha-san-xuat/san-pham/" + product.id();
    }

    /** Every subgroup with its group, for the subgroup picker (filtered by group in the page). */
    public List<SubgroupView> subgroups() {
        return groups.stream().flatMap(g -> g.subgroups().stream()).toList();
    }

    /** Whether the listing may be submitted for review now. */
    public boolean submittable() {
        return product != null
                && switch (product.status()) {
                    case DRAFT, REJECTED, UNPUBLISHED -> true;
                    default -> false;
                };
    }
}
