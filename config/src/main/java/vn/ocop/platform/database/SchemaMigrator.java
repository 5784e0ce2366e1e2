package vn.ocop.platform.database;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.platform.database.api.ModuleSchema;

/**
 * Runs each module's Flyway migrations into the module's own schema as soon as the data source
 * exists, so no bean ever sees an unmigrated database. Flyway's PostgreSQL advisory lock keeps
 * several instances starting at once safe.
 */
@Singleton
class SchemaMigrator implements BeanCreatedEventListener<DataSource> {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    private final List<ModuleSchema> schemas;

    SchemaMigrator(List<ModuleSchema> schemas) {
        this.schemas =
                schemas.stream().sorted(Comparator.comparingInt(ModuleSchema::order)).toList();
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        // Flyway works on the raw pool: the transaction-aware wrapper would need a connection
        // context that does not exist yet during start-up.
        DataSource dataSource = DelegatingDataSource.unwrapDataSource(event.getBean());
        LOG.info("Migrating {} module schema(s) on {}", schemas.size(), dataSource);
        for (ModuleSchema module : schemas) {
            var result =
                    Flyway.configure()
                            .dataSource(dataSource)
                            .schemas(module.schema())
                            .createSchemas(true)
                            .locations("classpath:db/migration/" + module.schema())
                            .table("flyway_schema_history")
                            .failOnMissingLocations(true)
                            .load()
                            .migrate();
            LOG.info(
                    "Schema {} migrated: {} migration(s) applied, now at version {}",
                    module.schema(),
                    result.migrationsExecuted,
                    result.targetSchemaVersion);
        }
        return dataSource;
    }
}
