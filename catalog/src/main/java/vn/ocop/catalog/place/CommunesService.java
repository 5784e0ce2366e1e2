package vn.ocop.catalog.place;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.ocop.catalog.api.CommuneView;
import vn.ocop.catalog.api.CommunesApi;

/**
 * Communes are read once and kept in memory for the life of the process (3,321 small rows): they
 * change only with a migration, which comes with a restart.
 */
@Singleton
class CommunesService implements CommunesApi {

    private final CommuneRepository communes;
    private volatile CommuneDirectory directory;

    CommunesService(CommuneRepository communes) {
        this.communes = communes;
    }

    @Override
    public List<CommuneView> communes(String provinceCode) {
        return provinceCode == null
                ? List.of()
                : directory().inProvince(provinceCode.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public Optional<CommuneView> commune(String code) {
        return directory().byCode(code);
    }

    @Override
    public Optional<CommuneView> resolve(String provinceCode, String codeOrName) {
        return provinceCode == null
                ? Optional.empty()
                : directory().resolve(provinceCode.strip().toLowerCase(Locale.ROOT), codeOrName);
    }

    @Override
    public int count() {
        return directory().count();
    }

    private CommuneDirectory directory() {
        CommuneDirectory current = directory;
        if (current == null) {
            synchronized (this) {
                if (directory == null) {
                    directory =
                            new CommuneDirectory(
                                    communes.findAll().stream().map(Commune::view).toList());
                }
                current = directory;
            }
        }
        return current;
    }
}
