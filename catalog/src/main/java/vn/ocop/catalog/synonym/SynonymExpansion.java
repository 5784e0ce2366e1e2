package vn.ocop.catalog.synonym;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import io.micronaut.transaction.annotation.TransactionalEventListener.TransactionPhase;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import vn.ocop.catalog.api.PlacesApi;
import vn.ocop.catalog.api.ProvinceAliasView;
import vn.ocop.catalog.api.ProvinceView;
import vn.ocop.catalog.api.QueryExpansion;
import vn.ocop.catalog.api.SynonymsApi;

/**
 * The search engines' query expansion over an in-memory dictionary built from the synonyms table
 * and the province names. An office edit on this instance invalidates it after commit; edits on
 * other instances are picked up when the dictionary is older than {@code
 * ocop.catalog.synonyms.reload-after} (30 s).
 */
@Singleton
class SynonymExpansion implements SynonymsApi {

    private final SynonymRepository synonyms;
    private final PlacesApi places;
    private final long reloadAfterNanos;
    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot snapshot;

    private record Snapshot(SynonymDictionary dictionary, long loadedAt, long generation) {}

    SynonymExpansion(
            SynonymRepository synonyms,
            PlacesApi places,
            @Value("${ocop.catalog.synonyms.reload-after:30s}") Duration reloadAfter) {
        this.synonyms = synonyms;
        this.places = places;
        this.reloadAfterNanos = reloadAfter.toNanos();
    }

    @Override
    public QueryExpansion expand(String query) {
        if (query == null || query.isBlank()) {
            return new QueryExpansion("", List.of());
        }
        return dictionary().expand(query);
    }

    /** Called after a transaction that changed synonyms commits. */
    @TransactionalEventListener(TransactionPhase.AFTER_COMMIT)
    public void onSynonymsChanged(SynonymsChanged event) {
        generation.incrementAndGet();
    }

    private SynonymDictionary dictionary() {
        Snapshot current = snapshot;
        if (fresh(current)) {
            return current.dictionary();
        }
        synchronized (this) {
            current = snapshot;
            if (fresh(current)) {
                return current.dictionary();
            }
            // Taken before reading: an edit committed during the load makes the result stale.
            long loadedGeneration = generation.get();
            SynonymDictionary loaded = load();
            snapshot = new Snapshot(loaded, System.nanoTime(), loadedGeneration);
            return loaded;
        }
    }

    private boolean fresh(Snapshot s) {
        return s != null
                && s.generation() == generation.get()
                && System.nanoTime() - s.loadedAt() < reloadAfterNanos;
    }

    private SynonymDictionary load() {
        SynonymDictionary dictionary = new SynonymDictionary();
        for (Synonym synonym : synonyms.findAllOrderByTermFolded()) {
            dictionary.addEquivalents(synonym.phrasings());
        }
        for (ProvinceView province : places.provinces()) {
            addProvince(dictionary, province);
        }
        return dictionary;
    }

    /**
     * Old and other names of a province lead to its current name (without "TP."), never the other
     * way: a query for "Đà Nẵng" should not turn into one for "Quảng Nam".
     */
    private static void addProvince(SynonymDictionary dictionary, ProvinceView province) {
        String current = currentName(province);
        dictionary.addRewrite(province.nameVi(), province.nameVi());
        dictionary.addRewrite(current, current);
        dictionary.addRewrite(province.nameEn(), current);
        for (ProvinceAliasView alias : province.aliases()) {
            dictionary.addRewrite(alias.name(), current);
            if (alias.nameEn() != null) {
                dictionary.addRewrite(alias.nameEn(), current);
            }
        }
    }

    private static String currentName(ProvinceView province) {
        List<String> words = Phrases.words(province.nameVi());
        if (words.size() > 1 && words.get(0).equals("tp")) {
            words = words.subList(1, words.size());
        }
        return String.join(" ", words);
    }
}
