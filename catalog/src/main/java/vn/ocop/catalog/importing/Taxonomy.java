package vn.ocop.catalog.importing;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import vn.ocop.catalog.api.SubgroupView;
import vn.ocop.catalog.api.TaxonomyApi;
import vn.ocop.catalog.api.TaxonomyGroupView;

/**
 * Product groups and subgroups by what offices write: the code ("FOOD") or the Vietnamese or
 * English name ("Thực phẩm", "Food"). A name that matches nothing is passed on as written, so that
 * the product service refuses it as it refuses an unknown code from the API.
 */
@Singleton
class Taxonomy {

    private final TaxonomyApi taxonomy;

    Taxonomy(TaxonomyApi taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** The taxonomy as it is now, for one import run. */
    Names names() {
        Map<String, String> groups = new HashMap<>();
        Map<String, Map<String, String>> subgroups = new HashMap<>();
        for (TaxonomyGroupView group : taxonomy.groups()) {
            for (String name : new String[] {group.code(), group.nameVi(), group.nameEn()}) {
                groups.putIfAbsent(HeaderMap.normalise(name), group.code());
            }
            Map<String, String> inGroup = new HashMap<>();
            for (SubgroupView subgroup : group.subgroups()) {
                for (String name :
                        new String[] {subgroup.code(), subgroup.nameVi(), subgroup.nameEn()}) {
                    inGroup.putIfAbsent(HeaderMap.normalise(name), subgroup.code());
                }
            }
            subgroups.put(group.code(), inGroup);
        }
        return new Names(groups, subgroups);
    }

    record Names(Map<String, String> groups, Map<String, Map<String, String>> subgroups) {

        String group(String text) {
            return text == null ? null : groups.getOrDefault(HeaderMap.normalise(text), text);
        }

        String subgroup(String groupCode, String text) {
            if (text == null) {
                return null;
            }
            return subgroups
                    .getOrDefault(groupCode, Map.of())
                    .getOrDefault(HeaderMap.normalise(text), text);
        }
    }
}
