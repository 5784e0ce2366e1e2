package vn.ocop.catalog.taxonomy;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ocop.catalog.api.ProductGroupView;
import vn.ocop.catalog.api.SubgroupView;
import vn.ocop.platform.identity.api.Role;

/** The OCOP office keeps the wording of the six groups and the list of subgroups. */
@Controller("/api/v1/office/taxonomy")
@Secured(Role.Names.OFFICE_ADMIN)
@Tag(name = "Office")
class OfficeTaxonomyController {

    private final TaxonomyEditing editing;

    OfficeTaxonomyController(TaxonomyEditing editing) {
        this.editing = editing;
    }

    @Put("/groups/{code}")
    @Operation(summary = "Change a product group's names and descriptions (office only)")
    ProductGroupView changeGroup(@PathVariable String code, @Body GroupChange change) {
        return editing.changeGroup(code, change);
    }

    @Post("/subgroups")
    @Operation(summary = "Add a subgroup to a product group (office only)")
    HttpResponse<SubgroupView> addSubgroup(@Body NewSubgroup draft) {
        return HttpResponse.created(editing.addSubgroup(draft));
    }

    @Put("/subgroups/{code}")
    @Operation(summary = "Change a subgroup's names, position and criteria set (office only)")
    SubgroupView changeSubgroup(@PathVariable String code, @Body SubgroupChange change) {
        return editing.changeSubgroup(code, change);
    }
}
