package vn.ocop.platform.database.api;

/**
 * Declares that a module owns a PostgreSQL schema. Each module registers one bean; the platform
 * migrates every registered schema with Flyway from {@code classpath:db/migration/<schema>} before
 * the data source is handed out, each with its own history table, in ascending {@link #order()}.
 */
public interface ModuleSchema {

    /** The schema name, also the migration folder under {@code db/migration/}. */
    String schema();

    /** Migration order; a schema never references another, so this only makes logs predictable. */
    int order();
}
