package vn.ocop.catalog.place;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.ocop.catalog.api.ProvinceKind;
import vn.ocop.catalog.api.ProvinceView;

/**
 * The 34 provinces in listing order with an index of every name by {@link PlaceNames#key}. A key
 * that would point at two provinces is a data error and refused when the directory is built.
 */
final class ProvinceDirectory {

    private final List<ProvinceView> ordered;
    private final Map<String, ProvinceView> byCode;
    private final Map<String, ProvinceView> byKey = new HashMap<>();

    ProvinceDirectory(List<ProvinceView> provinces) {
        this.ordered =
                provinces.stream()
                        .sorted(
                                Comparator.comparing(
                                                (ProvinceView p) -> p.kind() != ProvinceKind.CITY)
                                        .thenComparing(
                                                p ->
                                                        String.join(
                                                                " ", PlaceNames.words(p.nameVi()))))
                        .toList();
        this.byCode =
                provinces.stream()
                        .collect(Collectors.toMap(ProvinceView::code, Function.identity()));
        for (ProvinceView province : ordered) {
            names(province).forEach(name -> index(name, province));
        }
    }

    private static Stream<String> names(ProvinceView province) {
        return Stream.concat(
                        Stream.of(province.code(), province.nameVi(), province.nameEn()),
                        province.aliases().stream().flatMap(a -> Stream.of(a.name(), a.nameEn())))
                .filter(n -> n != null && !n.isBlank());
    }

    private void index(String name, ProvinceView province) {
        String key = PlaceNames.key(name);
        ProvinceView earlier = byKey.putIfAbsent(key, province);
        if (earlier != null && !earlier.code().equals(province.code())) {
            throw new IllegalStateException(
                    "Place name '"
                            + name
                            + "' matches both "
                            + earlier.code()
                            + " and "
                            + province.code());
        }
    }

    List<ProvinceView> provinces() {
        return ordered;
    }

    Optional<ProvinceView> byCode(String code) {
        return code == null
                ? Optional.empty()
                : Optional.ofNullable(byCode.get(code.strip().toLowerCase(Locale.ROOT)));
    }

    Optional<ProvinceView> resolve(String anyName) {
        if (anyName == null || anyName.isBlank()) {
            return Optional.empty();
        }
        return byCode(anyName).or(() -> Optional.ofNullable(byKey.get(PlaceNames.key(anyName))));
    }
}
