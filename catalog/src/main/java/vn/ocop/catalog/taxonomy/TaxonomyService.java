package vn.ocop.catalog.taxonomy;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.ocop.catalog.api.CatalogApi;
import vn.ocop.catalog.api.ProductGroupView;
import vn.ocop.catalog.api.ReferenceDataError;
import vn.ocop.catalog.api.SubgroupView;
import vn.ocop.catalog.api.TaxonomyApi;
import vn.ocop.catalog.api.TaxonomyGroupView;

@Singleton
class TaxonomyService implements CatalogApi, TaxonomyApi {

    private final ProductGroupRepository groups;
    private final ProductSubgroupRepository subgroups;

    TaxonomyService(ProductGroupRepository groups, ProductSubgroupRepository subgroups) {
        this.groups = groups;
        this.subgroups = subgroups;
    }

    @Override
    @ReadOnly
    public List<ProductGroupView> productGroups() {
        return groups.findAllOrderByPosition().stream().map(ProductGroup::view).toList();
    }

    @Override
    @ReadOnly
    public List<TaxonomyGroupView> groups() {
        Map<String, List<SubgroupView>> byGroup =
                subgroups.findAllInOrder().stream()
                        .map(ProductSubgroup::view)
                        .collect(Collectors.groupingBy(SubgroupView::groupCode));
        return groups.findAllOrderByPosition().stream()
                .map(g -> g.withSubgroups(byGroup.getOrDefault(g.code(), List.of())))
                .toList();
    }

    @Override
    @ReadOnly
    public List<SubgroupView> subgroups(String groupCode) {
        if (groupCode == null) {
            return List.of();
        }
        return subgroups.findByGroupInOrder(normaliseCode(groupCode)).stream()
                .map(ProductSubgroup::view)
                .toList();
    }

    @Override
    @ReadOnly
    public SubgroupView requireSubgroup(String groupCode, String subgroupCode) {
        String group = groupCode == null ? "" : normaliseCode(groupCode);
        if (!groups.existsById(group)) {
            throw ReferenceDataError.UNKNOWN_GROUP.refuse("group");
        }
        Optional<ProductSubgroup> subgroup =
                subgroupCode == null
                        ? Optional.empty()
                        : subgroups.findById(normaliseCode(subgroupCode));
        return subgroup.filter(s -> s.groupCode().equals(group))
                .map(ProductSubgroup::view)
                .orElseThrow(() -> ReferenceDataError.SUBGROUP_NOT_IN_GROUP.refuse("subgroup"));
    }

    /** Codes are upper-case; clients may send them in any case. */
    static String normaliseCode(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }
}
