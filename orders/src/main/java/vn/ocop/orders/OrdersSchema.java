package vn.ocop.orders;

import jakarta.inject.Singleton;
import vn.ocop.platform.database.api.ModuleSchema;

/** The orders module owns the {@code orders} schema; nothing else reads or writes it. */
@Singleton
class OrdersSchema implements ModuleSchema {
    @Override
    public String schema() {
        return "orders";
    }

    @Override
    public int order() {
        return 30;
    }
}
