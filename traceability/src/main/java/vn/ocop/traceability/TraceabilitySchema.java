package vn.ocop.traceability;

import jakarta.inject.Singleton;
import vn.ocop.platform.database.api.ModuleSchema;

/**
 * The traceability module owns the {@code traceability} schema; nothing else reads or writes it.
 */
@Singleton
class TraceabilitySchema implements ModuleSchema {
    @Override
    public String schema() {
        return "traceability";
    }

    @Override
    public int order() {
        return 20;
    }
}
