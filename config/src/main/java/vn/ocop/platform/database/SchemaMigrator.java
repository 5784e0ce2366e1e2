package vn.ocop.platform.database;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.platform.database.api.DatabaseStartup;
import vn.ocop.platform.database.api.ModuleSchema;

/**
 * Runs each module's Flyway migrations into the module's own schema before the data source is
 * handed out, so no bean ever sees an unmigrated database. Flyway's PostgreSQL advisory lock keeps
 * several instances starting at once safe.
 *
 * <p>The migrations start as early as the context allows: this is the first bean the context
 * creates, and it starts them on a background thread with their own connections, made from the data
 * source's configured URL, user and password (after waiting for a {@link DatabaseStartup}, i.e. the
 * embedded PostgreSQL). The context meanwhile builds its other beans; the data source's creation
 * waits for the migrations to end. Should that early run fail, for instance because the pool
 * connects with settings a plain URL does not carry, the migrations run again on the pool itself
 * when it is created, and a failure there stops the start as before.
 *
 * <p>The modules' schemas never reference each other, so their migrations run side by side, one
 * thread and one connection each: on a start with nothing to apply, each run is mostly Flyway's
 * round trips to the database (checking the history table, locking it, reading it), which then
 * overlap instead of adding up.
 */
@Context
@Order(Ordered.HIGHEST_PRECEDENCE)
class SchemaMigrator implements BeanCreatedEventListener<DataSource> {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    private final List<ModuleSchema> schemas;
    private final CompletableFuture<Void> early;

    SchemaMigrator(
            List<ModuleSchema> schemas,
            @Property(name = "datasources.default.url") @Nullable String url,
            @Property(name = "datasources.default.username") @Nullable String user,
            @Property(name = "datasources.default.password") @Nullable String password,
            List<DatabaseStartup> startups) {
        this.schemas =
                schemas.stream().sorted(Comparator.comparingInt(ModuleSchema::order)).toList();
        this.early =
                url != null && !url.isBlank() && !this.schemas.isEmpty()
                        ? startEarly(url, user, password, startups)
                        : null;
    }

    private CompletableFuture<Void> startEarly(
            String url, String user, String password, List<DatabaseStartup> startups) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        daemon(
                        "ocop-migrate",
                        () -> {
                            try {
                                startups.forEach(DatabaseStartup::awaitReady);
                                migrateAll(
                                        "the configured URL",
                                        config -> config.dataSource(url, user, password));
                                done.complete(null);
                            } catch (Throwable e) {
                                done.completeExceptionally(e);
                            }
                        })
                .start();
        return done;
    }

    private static Thread daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        // Flyway works on the raw pool: the transaction-aware wrapper would need a connection
        // context that does not exist yet during start-up.
        return awaitMigrations(DelegatingDataSource.unwrapDataSource(event.getBean()));
    }

    /**
     * Returns the data source once every module schema is migrated: waits for the early run, or
     * migrates on the data source itself when there was none or it failed.
     */
    DataSource awaitMigrations(DataSource dataSource) {
        if (early != null) {
            long start = System.nanoTime();
            try {
                early.join();
                LOG.info(
                        "Data source waited {} ms for the module schemas' migrations",
                        (System.nanoTime() - start) / 1_000_000);
                return dataSource;
            } catch (RuntimeException e) {
                LOG.warn(
                        "Migrating before the data source existed failed ({}); migrating on {}",
                        (e.getCause() != null ? e.getCause() : e).getMessage(),
                        dataSource);
            }
        }
        migrateAll(dataSource.toString(), config -> config.dataSource(dataSource));
        return dataSource;
    }

    private void migrateAll(String target, UnaryOperator<FluentConfiguration> connection) {
        LOG.info("Migrating {} module schema(s) on {}", schemas.size(), target);
        long start = System.nanoTime();
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor =
                Executors.newFixedThreadPool(
                        Math.max(1, schemas.size()),
                        task -> daemon("ocop-migrate-" + threads.incrementAndGet(), task));
        try {
            List<Future<MigrateResult>> runs = new ArrayList<>();
            for (ModuleSchema module : schemas) {
                runs.add(executor.submit(() -> migrate(connection, module)));
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
    }

    private static MigrateResult migrate(
            UnaryOperator<FluentConfiguration> connection, ModuleSchema module) {
        return connection
                .apply(Flyway.configure())
                .schemas(module.schema())
                .createSchemas(true)
                .locations("classpath:db/migration/" + module.schema())
                .table("flyway_schema_history")
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }
}
