package vn.ocop.catalog.api;

import java.util.List;

/** The product taxonomy: the six OCOP groups and their subgroups, kept by the OCOP office. */
public interface TaxonomyApi {

    /** The six groups in their official order, each with its subgroups by position. */
    List<TaxonomyGroupView> groups();

    /** The subgroups of one group by position; empty for an unknown group. */
    List<SubgroupView> subgroups(String groupCode);

    /**
     * The subgroup, when it belongs to the group.
     *
     * @throws vn.ocop.kernel.DomainException field {@code group} ({@code catalog.unknown-group})
     *     when the group does not exist, field {@code subgroup} ({@code
     *     catalog.subgroup-not-in-group}) when the subgroup does not exist or belongs to another
     *     group
     */
    SubgroupView requireSubgroup(String groupCode, String subgroupCode);
}
