package vn.ocop.catalog.synonym;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import vn.ocop.catalog.FieldChecks;
import vn.ocop.catalog.api.ReferenceDataError;
import vn.ocop.kernel.DomainException;
import vn.ocop.kernel.VietnameseText;

/** The office's list of synonyms: read, add, change, remove. */
@Singleton
class SynonymEditing {

    static final int MAX_PHRASE = 100;
    static final int MAX_ALTERNATIVES = 20;

    private final SynonymRepository synonyms;
    private final ApplicationEventPublisher<SynonymsChanged> events;

    SynonymEditing(SynonymRepository synonyms, ApplicationEventPublisher<SynonymsChanged> events) {
        this.synonyms = synonyms;
        this.events = events;
    }

    @ReadOnly
    public List<SynonymView> list() {
        return synonyms.findAllOrderByTermFolded().stream().map(Synonym::view).toList();
    }

    @Transactional
    public SynonymView add(SynonymDraft draft) {
        Synonym checked = check(draft);
        refuseTakenTerm(checked.termFolded(), null);
        Synonym saved = store(() -> synonyms.save(checked), checked.termFolded());
        events.publishEvent(new SynonymsChanged());
        return saved.view();
    }

    @Transactional
    public SynonymView change(long id, SynonymDraft draft) {
        Synonym current = synonyms.findById(id).orElseThrow(() -> notFound(id));
        Synonym checked = check(draft);
        refuseTakenTerm(checked.termFolded(), id);
        Synonym changed =
                new Synonym(
                        id,
                        checked.term(),
                        checked.termFolded(),
                        checked.alternatives(),
                        checked.kind(),
                        current.createdAt(),
                        current.updatedAt());
        Synonym saved = store(() -> synonyms.update(changed), checked.termFolded());
        events.publishEvent(new SynonymsChanged());
        return saved.view();
    }

    @Transactional
    public void remove(long id) {
        if (synonyms.deleteById(id) == 0) {
            throw notFound(id);
        }
        events.publishEvent(new SynonymsChanged());
    }

    /** A synonym made of the draft's trimmed text, or a refusal naming every bad field. */
    private static Synonym check(SynonymDraft draft) {
        FieldChecks checks = new FieldChecks();
        String term = phrase(checks, "term", draft.term());
        Set<String> seen = new HashSet<>();
        if (term != null) {
            seen.add(Phrases.folded(term));
        }
        List<String> alternatives = new ArrayList<>();
        List<String> given = draft.alternatives() == null ? List.of() : draft.alternatives();
        checks.refuseIf(
                given.isEmpty(), ReferenceDataError.SYNONYM_ALTERNATIVES_REQUIRED, "alternatives");
        checks.refuseIf(
                given.size() > MAX_ALTERNATIVES,
                ReferenceDataError.SYNONYM_TOO_MANY_ALTERNATIVES,
                "alternatives");
        for (int i = 0; i < given.size(); i++) {
            String field = "alternatives[" + i + "]";
            String alternative = phrase(checks, field, given.get(i));
            if (alternative != null) {
                checks.refuseIf(
                        !seen.add(Phrases.folded(alternative)),
                        ReferenceDataError.SYNONYM_ALTERNATIVE_REPEATED,
                        field);
                alternatives.add(alternative);
            }
        }
        SynonymKind kind = kind(draft.kind());
        checks.refuseIf(kind == null, ReferenceDataError.INVALID_SYNONYM_KIND, "kind");
        checks.throwIfAny();
        return new Synonym(
                null,
                term,
                VietnameseText.fold(term),
                List.copyOf(alternatives),
                kind.name(),
                null,
                null);
    }

    /** Trimmed, at most 100 characters, and with at least one letter or digit. */
    private static String phrase(FieldChecks checks, String field, String value) {
        String text =
                checks.requiredText(
                        field,
                        value,
                        MAX_PHRASE,
                        ReferenceDataError.SYNONYM_PHRASE_REQUIRED,
                        ReferenceDataError.SYNONYM_PHRASE_TOO_LONG);
        if (text != null && Phrases.words(text).isEmpty()) {
            checks.refuse(ReferenceDataError.SYNONYM_PHRASE_REQUIRED, field);
            return null;
        }
        return text;
    }

    private static SynonymKind kind(String value) {
        if (value == null) {
            return null;
        }
        for (SynonymKind kind : SynonymKind.values()) {
            if (kind.name().equalsIgnoreCase(value.strip())) {
                return kind;
            }
        }
        return null;
    }

    private void refuseTakenTerm(String termFolded, Long exceptId) {
        synonyms.findByTermFolded(termFolded)
                .filter(s -> !s.id().equals(exceptId))
                .ifPresent(
                        s -> {
                            throw taken(termFolded);
                        });
    }

    /** Runs the write; a concurrent write of the same term loses on the unique key. */
    private static Synonym store(Supplier<Synonym> write, String termFolded) {
        try {
            return write.get();
        } catch (DataAccessException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                    throw taken(termFolded);
                }
            }
            throw e;
        }
    }

    private static DomainException taken(String termFolded) {
        return ReferenceDataError.SYNONYM_EXISTS.exception(
                "A synonym for '" + termFolded + "' already exists", Map.of("term", termFolded));
    }

    private static DomainException notFound(long id) {
        return ReferenceDataError.SYNONYM_NOT_FOUND.exception("No synonym " + id, Map.of("id", id));
    }
}
