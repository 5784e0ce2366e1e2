package vn.ocop.catalog;

import jakarta.inject.Singleton;
import vn.ocop.platform.database.api.ModuleSchema;

/** The catalog module owns the {@code catalog} schema; nothing else reads or writes it. */
@Singleton
class CatalogSchema implements ModuleSchema {
    @Override
    public String schema() {
        return "catalog";
    }

    @Override
    public int order() {
        return 10;
    }
}
