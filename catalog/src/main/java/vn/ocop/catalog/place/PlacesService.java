package vn.ocop.catalog.place;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ocop.catalog.api.Origin;
import vn.ocop.catalog.api.PlacesApi;
import vn.ocop.catalog.api.ProvinceKind;
import vn.ocop.catalog.api.ProvinceView;
import vn.ocop.catalog.api.ReferenceDataError;
import vn.ocop.kernel.FieldViolation;
import vn.ocop.kernel.VietnameseText;

/**
 * Provinces are read once and kept in memory for the life of the process: they change only with a
 * migration, which comes with a restart.
 */
@Singleton
class PlacesService implements PlacesApi {

    private final ProvinceRepository provinces;
    private final ProvinceAliasRepository aliases;
    private volatile ProvinceDirectory directory;

    PlacesService(ProvinceRepository provinces, ProvinceAliasRepository aliases) {
        this.provinces = provinces;
        this.aliases = aliases;
    }

    @Override
    public List<ProvinceView> provinces() {
        return directory().provinces();
    }

    @Override
    public Optional<ProvinceView> province(String code) {
        return directory().byCode(code);
    }

    @Override
    public Optional<ProvinceView> resolve(String anyName) {
        return directory().resolve(anyName);
    }

    @Override
    public List<Origin> requireOrigins(List<Origin> origins, String field) {
        if (origins == null || origins.isEmpty()) {
            throw ReferenceDataError.ORIGIN_REQUIRED.refuse(field);
        }
        List<FieldViolation> violations = new ArrayList<>();
        List<Origin> normalised = new ArrayList<>(origins.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < origins.size(); i++) {
            String path = field + "[" + i + "]";
            Origin origin =
                    origins.get(i) == null ? new Origin(null, null, null, null) : origins.get(i);
            violations.addAll(origin.violations(path));
            Origin clean = origin.normalised();
            if (clean.provinceCode() != null && province(clean.provinceCode()).isEmpty()) {
                violations.add(ReferenceDataError.UNKNOWN_PROVINCE.at(path + ".provinceCode"));
            }
            String identity =
                    clean.provinceCode()
                            + "|"
                            + VietnameseText.fold(clean.commune())
                            + "|"
                            + VietnameseText.fold(clean.village());
            if (clean.provinceCode() != null && clean.commune() != null && !seen.add(identity)) {
                violations.add(ReferenceDataError.ORIGIN_DUPLICATE.at(path));
            }
            normalised.add(clean);
        }
        if (!violations.isEmpty()) {
            throw ReferenceDataError.refusal(violations);
        }
        return List.copyOf(normalised);
    }

    private ProvinceDirectory directory() {
        ProvinceDirectory current = directory;
        if (current == null) {
            synchronized (this) {
                if (directory == null) {
                    directory = load();
                }
                current = directory;
            }
        }
        return current;
    }

    ProvinceDirectory load() {
        Map<String, List<ProvinceAlias>> aliasesByProvince =
                aliases.findAllOrderByKindAndAliasFolded().stream()
                        .collect(Collectors.groupingBy(ProvinceAlias::provinceCode));
        List<ProvinceView> views =
                provinces.findAll().stream()
                        .map(
                                p ->
                                        new ProvinceView(
                                                p.code(),
                                                p.nameVi(),
                                                p.nameEn(),
                                                ProvinceKind.valueOf(p.kind()),
                                                aliasesByProvince
                                                        .getOrDefault(p.code(), List.of())
                                                        .stream()
                                                        .map(ProvinceAlias::view)
                                                        .toList()))
                        .toList();
        return new ProvinceDirectory(views);
    }
}
