package vn.ocop.catalog.place;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.ocop.catalog.api.CommuneView;
import vn.ocop.kernel.VietnameseText;

/**
 * The communes by code and by province, each province's list ordered by name without its kind, with
 * two name indexes per province: exact (NFC, lower case) and folded. A folded name shared by two
 * communes of one province is left out of the folded index, so it never picks one at random.
 */
final class CommuneDirectory {

    private static final List<String> KIND_WORDS = List.of("phuong ", "xa ", "dac khu ");

    private final Map<String, CommuneView> byCode;
    private final Map<String, List<CommuneView>> byProvince;
    private final Map<String, Map<String, CommuneView>> exact = new HashMap<>();
    private final Map<String, Map<String, CommuneView>> folded = new HashMap<>();

    CommuneDirectory(List<CommuneView> communes) {
        this.byCode =
                communes.stream().collect(Collectors.toMap(CommuneView::code, Function.identity()));
        Comparator<CommuneView> order =
                Comparator.comparing((CommuneView c) -> shortName(VietnameseText.fold(c.nameVi())))
                        .thenComparing(CommuneView::kind)
                        .thenComparing(CommuneView::nameVi);
        this.byProvince =
                communes.stream()
                        .collect(
                                Collectors.groupingBy(
                                        CommuneView::provinceCode,
                                        Collectors.collectingAndThen(
                                                Collectors.toList(),
                                                list -> list.stream().sorted(order).toList())));
        byProvince.forEach(
                (province, list) -> {
                    exact.put(province, index(list, c -> exactKey(c.nameVi())));
                    folded.put(province, index(list, c -> VietnameseText.fold(c.nameVi())));
                });
    }

    /** Full and short names by key; a key that two communes share is left out. */
    private static Map<String, CommuneView> index(
            List<CommuneView> communes, Function<CommuneView, String> key) {
        Map<String, CommuneView> index = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (CommuneView c : communes) {
            String full = key.apply(c);
            for (String k : Set.of(full, shortName(full))) {
                addOrMark(index, k, c, ambiguous);
            }
        }
        ambiguous.forEach(index::remove);
        return index;
    }

    private static void addOrMark(
            Map<String, CommuneView> index, String key, CommuneView c, Set<String> ambiguous) {
        CommuneView earlier = index.putIfAbsent(key, c);
        if (earlier != null && !earlier.code().equals(c.code())) {
            ambiguous.add(key);
        }
    }

    /** NFC, lower case, single spaces: the name as typed with its diacritics. */
    private static String exactKey(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ");
    }

    /** Without the leading kind words ("phường ba đình" → "ba đình"), folded or not. */
    private static String shortName(String key) {
        String folded = VietnameseText.fold(key);
        for (String kind : KIND_WORDS) {
            if (folded.startsWith(kind) && folded.length() > kind.length()) {
                int words = kind.strip().split(" ").length;
                return key.split(" ", words + 1)[words];
            }
        }
        return key;
    }

    int count() {
        return byCode.size();
    }

    List<CommuneView> inProvince(String provinceCode) {
        return byProvince.getOrDefault(provinceCode, List.of());
    }

    Optional<CommuneView> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.strip()));
    }

    Optional<CommuneView> resolve(String provinceCode, String codeOrName) {
        if (provinceCode == null || codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        Optional<CommuneView> byItsCode =
                byCode(codeOrName).filter(c -> c.provinceCode().equals(provinceCode));
        if (byItsCode.isPresent()) {
            return byItsCode;
        }
        CommuneView found = exact.getOrDefault(provinceCode, Map.of()).get(exactKey(codeOrName));
        if (found == null) {
            found =
                    folded.getOrDefault(provinceCode, Map.of())
                            .get(VietnameseText.fold(codeOrName));
        }
        return Optional.ofNullable(found);
    }
}
