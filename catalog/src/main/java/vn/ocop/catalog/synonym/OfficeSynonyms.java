package vn.ocop.catalog.synonym;

import jakarta.inject.Singleton;
import java.util.List;
import vn.ocop.catalog.api.OfficeSynonymsApi;

/** {@link OfficeSynonymsApi} over the same editing as the office's REST endpoints. */
@Singleton
class OfficeSynonyms implements OfficeSynonymsApi {

    private final SynonymEditing editing;

    OfficeSynonyms(SynonymEditing editing) {
        this.editing = editing;
    }

    @Override
    public List<Synonym> synonyms() {
        return editing.list().stream().map(OfficeSynonyms::of).toList();
    }

    @Override
    public Synonym addSynonym(SynonymInput input) {
        return of(editing.add(draft(input)));
    }

    @Override
    public Synonym changeSynonym(long id, SynonymInput input) {
        return of(editing.change(id, draft(input)));
    }

    @Override
    public void removeSynonym(long id) {
        editing.remove(id);
    }

    private static SynonymDraft draft(SynonymInput input) {
        return new SynonymDraft(input.term(), input.alternatives(), input.kind());
    }

    private static Synonym of(SynonymView view) {
        return new Synonym(view.id(), view.term(), view.alternatives(), view.kind().name());
    }
}
