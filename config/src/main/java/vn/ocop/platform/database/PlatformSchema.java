package vn.ocop.platform.database;

import jakarta.inject.Singleton;
import vn.ocop.platform.database.api.ModuleSchema;

/** The platform's own schema: accounts, login throttling, the outbox. */
@Singleton
class PlatformSchema implements ModuleSchema {
    @Override
    public String schema() {
        return "platform";
    }

    @Override
    public int order() {
        return 0;
    }
}
