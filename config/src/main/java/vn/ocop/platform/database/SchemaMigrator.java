package vn.ocop.platform.database;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.platform.database.api.ModuleSchema;

/**
 * Runs each module's Flyway migrations into the module's own schema as soon as the data source
 * exists, so no bean ever sees an unmigrated database. Flyway's PostgreSQL advisory lock keeps
 * several instances starting at once safe.
 *
 * <p>The modules' schemas never reference each other, so their migrations run side by side, one
 * thread and one connection each: on a start with nothing to apply, each run is mostly Flyway's
 * round trips to the database (checking the history table, locking it, reading it), which then
 * overlap instead of adding up.
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
        long start = System.nanoTime();
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor =
                Executors.newFixedThreadPool(
                        Math.max(1, schemas.size()),
                        task -> {
                            Thread thread =
                                    new Thread(task, "ocop-migrate-" + threads.incrementAndGet());
                            thread.setDaemon(true);
                            return thread;
                        });
        try {
            List<Future<MigrateResult>> runs = new ArrayList<>();
            for (ModuleSchema module : schemas) {
                runs.add(executor.submit(() -> migrate(dataSource, module)));
            }
            RuntimeException failure = null;
            for (int i = 0; i < runs.size(); i++) {
                String schema = schemas.get(i).schema();
                try {
                    MigrateResult result = runs.get(i).get();
                    LOG.info(
                            "Schema {} migrated: {} migration(s) applied, now at version {}",
                            schema,
                            result.migrationsExecuted,
                            result.targetSchemaVersion);
                } catch (ExecutionException e) {
                    RuntimeException cause =
                            e.getCause() instanceof RuntimeException runtime
                                    ? runtime
                                    : new IllegalStateException(
                                            "Migrating schema " + schema + " failed", e.getCause());
                    if (failure == null) {
                        failure = cause;
                    } else {
                        failure.addSuppressed(cause);
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while migrating the module schemas", e);
        } finally {
            executor.shutdownNow();
        }
        LOG.info(
                "{} module schema(s) migrated in {} ms",
                schemas.size(),
                (System.nanoTime() - start) / 1_000_000);
        return dataSource;
    }

    private static MigrateResult migrate(DataSource dataSource, ModuleSchema module) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(module.schema())
                .createSchemas(true)
                .locations("classpath:db/migration/" + module.schema())
                .table("flyway_schema_history")
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }
}
