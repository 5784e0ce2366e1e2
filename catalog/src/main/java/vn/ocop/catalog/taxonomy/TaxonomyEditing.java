package vn.ocop.catalog.taxonomy;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.Map;
import vn.ocop.catalog.FieldChecks;
import vn.ocop.catalog.api.ProductGroupView;
import vn.ocop.catalog.api.ReferenceDataError;
import vn.ocop.catalog.api.SubgroupView;

/** The OCOP office's edits of the taxonomy: wording of groups, subgroups added and changed. */
@Singleton
class TaxonomyEditing {

    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_POSITION = 999;
    static final int MAX_CRITERIA_SET = 99;
    private static final String CODE = "[A-Z][A-Z0-9_]{0,47}";

    private final ProductGroupRepository groups;
    private final ProductSubgroupRepository subgroups;

    TaxonomyEditing(ProductGroupRepository groups, ProductSubgroupRepository subgroups) {
        this.groups = groups;
        this.subgroups = subgroups;
    }

    @Transactional
    public ProductGroupView changeGroup(String code, GroupChange change) {
        ProductGroup group =
                groups.findById(TaxonomyService.normaliseCode(code))
                        .orElseThrow(
                                () ->
                                        ReferenceDataError.GROUP_NOT_FOUND.exception(
                                                "No product group " + code, Map.of("code", code)));
        FieldChecks checks = new FieldChecks();
        String nameVi = name(checks, "nameVi", change.nameVi());
        String nameEn = name(checks, "nameEn", change.nameEn());
        String descriptionVi = description(checks, "descriptionVi", change.descriptionVi());
        String descriptionEn = description(checks, "descriptionEn", change.descriptionEn());
        checks.throwIfAny();
        return groups.update(group.renamed(nameVi, nameEn, descriptionVi, descriptionEn)).view();
    }

    @Transactional
    public SubgroupView addSubgroup(NewSubgroup draft) {
        FieldChecks checks = new FieldChecks();
        String code = draft.code() == null ? "" : TaxonomyService.normaliseCode(draft.code());
        checks.refuseIf(!code.matches(CODE), ReferenceDataError.INVALID_SUBGROUP_CODE, "code");
        String group =
                draft.groupCode() == null ? "" : TaxonomyService.normaliseCode(draft.groupCode());
        checks.refuseIf(!groups.existsById(group), ReferenceDataError.UNKNOWN_GROUP, "groupCode");
        checkPosition(checks, draft.position());
        String nameVi = name(checks, "nameVi", draft.nameVi());
        String nameEn = name(checks, "nameEn", draft.nameEn());
        checkCriteriaSet(checks, draft.criteriaSet());
        checks.throwIfAny();
        if (subgroups.existsById(code)) {
            throw subgroupExists(code);
        }
        int position =
                draft.position() != null
                        ? draft.position()
                        : Math.min(subgroups.lastPosition(group) + 1, MAX_POSITION);
        ProductSubgroup subgroup =
                new ProductSubgroup(
                        code,
                        group,
                        (short) position,
                        nameVi,
                        nameEn,
                        shortOrNull(draft.criteriaSet()));
        try {
            return subgroups.save(subgroup).view();
        } catch (DataAccessException e) {
            if (isUniqueViolation(e)) {
                throw subgroupExists(code);
            }
            throw e;
        }
    }

    @Transactional
    public SubgroupView changeSubgroup(String code, SubgroupChange change) {
        ProductSubgroup current =
                subgroups
                        .findById(TaxonomyService.normaliseCode(code))
                        .orElseThrow(
                                () ->
                                        ReferenceDataError.SUBGROUP_NOT_FOUND.exception(
                                                "No product subgroup " + code,
                                                Map.of("code", code)));
        FieldChecks checks = new FieldChecks();
        checkPosition(checks, change.position());
        String nameVi = name(checks, "nameVi", change.nameVi());
        String nameEn = name(checks, "nameEn", change.nameEn());
        checkCriteriaSet(checks, change.criteriaSet());
        checks.throwIfAny();
        short position =
                change.position() == null ? current.position() : change.position().shortValue();
        return subgroups
                .update(
                        new ProductSubgroup(
                                current.code(),
                                current.groupCode(),
                                position,
                                nameVi,
                                nameEn,
                                shortOrNull(change.criteriaSet())))
                .view();
    }

    private static String name(FieldChecks checks, String field, String value) {
        return checks.requiredText(
                field,
                value,
                MAX_NAME,
                ReferenceDataError.TAXONOMY_NAME_REQUIRED,
                ReferenceDataError.TAXONOMY_NAME_TOO_LONG);
    }

    private static String description(FieldChecks checks, String field, String value) {
        return checks.requiredText(
                field,
                value,
                MAX_DESCRIPTION,
                ReferenceDataError.TAXONOMY_DESCRIPTION_REQUIRED,
                ReferenceDataError.TAXONOMY_DESCRIPTION_TOO_LONG);
    }

    private static void checkPosition(FieldChecks checks, Integer position) {
        checks.refuseIf(
                position != null && (position < 1 || position > MAX_POSITION),
                ReferenceDataError.INVALID_POSITION,
                "position");
    }

    private static void checkCriteriaSet(FieldChecks checks, Integer criteriaSet) {
        checks.refuseIf(
                criteriaSet != null && (criteriaSet < 1 || criteriaSet > MAX_CRITERIA_SET),
                ReferenceDataError.INVALID_CRITERIA_SET,
                "criteriaSet");
    }

    private static Short shortOrNull(Integer value) {
        return value == null ? null : value.shortValue();
    }

    private static RuntimeException subgroupExists(String code) {
        return ReferenceDataError.SUBGROUP_EXISTS.exception(
                "Subgroup code " + code + " is already used", Map.of("code", code));
    }

    /** A concurrent insert of the same code lost the race on the primary key. */
    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
