package vn.ocop.catalog.search;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Every product's id, visible or not: what a full reindex walks through. */
@Singleton
class ProductIds {

    private final JdbcOperations jdbc;

    ProductIds(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @ReadOnly
    List<UUID> all() {
        return jdbc.prepareStatement(
                "SELECT id FROM catalog.products ORDER BY id",
                ps -> {
                    List<UUID> ids = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getObject(1, UUID.class));
                        }
                    }
                    return ids;
                });
    }

    @ReadOnly
    boolean any() {
        return jdbc.prepareStatement(
                "SELECT EXISTS (SELECT 1 FROM catalog.products)",
                ps -> {
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getBoolean(1);
                    }
                });
    }
}
