package vn.ocop.catalog.synonym;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import vn.ocop.platform.identity.api.Role;

/** The OCOP office keeps the search synonyms. */
@Controller("/api/v1/office/synonyms")
@Secured(Role.Names.OFFICE_ADMIN)
@Tag(name = "Office")
class OfficeSynonymsController {

    private final SynonymEditing editing;

    OfficeSynonymsController(SynonymEditing editing) {
        this.editing = editing;
    }

    @Get
    @Operation(summary = "All search synonyms by term (office only)")
    List<SynonymView> list() {
        return editing.list();
    }

    @Post
    @Operation(summary = "Add a set of equivalent phrasings for search (office only)")
    HttpResponse<SynonymView> add(@Body SynonymDraft draft) {
        return HttpResponse.created(editing.add(draft));
    }

    @Put("/{id}")
    @Operation(summary = "Change a synonym (office only)")
    SynonymView change(@PathVariable long id, @Body SynonymDraft draft) {
        return editing.change(id, draft);
    }

    @Delete("/{id}")
    @Operation(summary = "Remove a synonym (office only)")
    HttpResponse<Void> remove(@PathVariable long id) {
        editing.remove(id);
        return HttpResponse.noContent();
    }
}
