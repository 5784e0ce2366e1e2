package vn.ocop.catalog.importing;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.kernel.DomainException;
import vn.ocop.platform.identity.api.Caller;

/**
 * Imports a sheet through the catalogue's use cases, in the caller's transaction. Every unit (a
 * producer, a product with its variants, a certificate) runs under a savepoint: a refused unit is
 * undone and reported, and the next one still runs, so one pass reports every problem of the file.
 * The caller commits only a valid run that is not a dry run; dry run and real run are the same code
 * and so always agree.
 */
@Singleton
public class CatalogImport {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogImport.class);

    private final Map<ImportKind, RowPlanner> planners = new EnumMap<>(ImportKind.class);
    private final ImportMessages messages;
    private final Refusals refusals;
    private final TransactionOperations<Connection> transactions;

    CatalogImport(
            List<RowPlanner> planners,
            ImportMessages messages,
            TransactionOperations<Connection> transactions) {
        planners.forEach(p -> this.planners.put(p.kind(), p));
        this.messages = messages;
        this.refusals = new Refusals(messages);
        this.transactions = transactions;
    }

    /**
     * How hard a run looks. Every unit under its own savepoint finds every problem, but a
     * transaction with more than 64 subtransactions slows PostgreSQL's snapshots for everyone else
     * while it lasts; so a run first goes without savepoints and stops at the first problem, and
     * only a file that has problems is run again to report all of them.
     */
    public enum Mode {
        /** No savepoints; {@link ProblemFound} at the first refused row. */
        STOP_AT_FIRST_PROBLEM,
        /** A savepoint per unit; the report lists every problem. */
        REPORT_EVERY_PROBLEM
    }

    /**
     * A {@link Mode#STOP_AT_FIRST_PROBLEM} run met a problem; its transaction must be rolled back.
     * {@code firstProblems} holds what was found so far.
     */
    public static final class ProblemFound extends RuntimeException {
        private final transient ImportReport firstProblems;

        ProblemFound(ImportReport firstProblems) {
            super("The file has problems", null, false, false);
            this.firstProblems = firstProblems;
        }

        public ImportReport firstProblems() {
            return firstProblems;
        }
    }

    /**
     * Runs the import inside the current read-write transaction, which the caller must roll back
     * unless the report is valid and the run is real.
     *
     * @param progress told how many rows are done, now and then, up to the number of rows
     * @throws ProblemFound in {@link Mode#STOP_AT_FIRST_PROBLEM}, when a row is refused
     */
    public ImportReport run(
            ImportKind kind,
            Sheet file,
            Caller caller,
            boolean dryRun,
            Mode mode,
            IntConsumer progress) {
        Connection connection =
                (Connection)
                        transactions
                                .findTransactionStatus()
                                .orElseThrow(
                                        () ->
                                                new IllegalStateException(
                                                        "An import needs a transaction"))
                                .getConnection();
        boolean savepoints = mode == Mode.REPORT_EVERY_PROBLEM;
        Sheet sheet = HeaderMap.withHeaderRow(file, Columns.of(kind), messages);
        HeaderMap headers = HeaderMap.match(sheet.headers(), Columns.of(kind), messages);
        Issues issues = new Issues(sheet, headers, messages);
        int total = sheet.rows().size();
        int[] outcomes = new int[ImportUnit.Outcome.values().length];
        if (columnsMissing(sheet, headers, issues)) {
            progress.accept(total);
            return report(kind, dryRun, total, outcomes, issues);
        }
        List<ImportUnit> units = planners.get(kind).plan(sheet, headers, caller, issues);
        if (!savepoints && issues.count() > 0) {
            throw new ProblemFound(report(kind, dryRun, total, outcomes, issues));
        }
        int done = total - units.stream().mapToInt(u -> u.rows().size()).sum();
        progress.accept(done);
        for (ImportUnit unit : units) {
            Savepoint savepoint = savepoints ? savepoint(connection) : null;
            try {
                ImportUnit.Outcome outcome = unit.action().apply();
                release(connection, savepoint);
                outcomes[outcome.ordinal()]++;
            } catch (DomainException refused) {
                rollback(connection, savepoint);
                refusals.report(refused, unit.sources(), issues);
            } catch (ConstraintViolationException invalid) {
                rollback(connection, savepoint);
                refusals.report(invalid, unit.sources(), issues);
            } catch (RuntimeException failed) {
                rollback(connection, savepoint);
                LOG.warn("Import of rows {} failed", unit.rows(), failed);
                FieldSources.Place place = unit.sources().locate(null);
                issues.add(place.row(), place.column(), ImportError.ROW_FAILED, Map.of(), null);
            }
            if (!savepoints && issues.count() > 0) {
                throw new ProblemFound(report(kind, dryRun, total, outcomes, issues));
            }
            done += unit.rows().size();
            progress.accept(done);
        }
        return report(kind, dryRun, total, outcomes, issues);
    }

    private boolean columnsMissing(Sheet sheet, HeaderMap headers, Issues issues) {
        for (Column column : headers.missing()) {
            issues.add(
                    sheet.headerRow(),
                    column.key(),
                    ImportError.MISSING_COLUMN,
                    columnNames(column),
                    null);
        }
        for (Column column : headers.duplicated()) {
            issues.add(
                    sheet.headerRow(),
                    column.key(),
                    ImportError.DUPLICATE_COLUMN,
                    columnNames(column),
                    null);
        }
        return !headers.missing().isEmpty() || !headers.duplicated().isEmpty();
    }

    private Map<String, Object> columnNames(Column column) {
        return Map.of(
                "columnVi", messages.column(column.key(), ImportMessages.VI),
                "columnEn", messages.column(column.key(), ImportMessages.EN));
    }

    private static ImportReport report(
            ImportKind kind, boolean dryRun, int total, int[] outcomes, Issues issues) {
        return new ImportReport(
                kind,
                dryRun,
                issues.count() == 0,
                false,
                total,
                outcomes[ImportUnit.Outcome.CREATED.ordinal()],
                outcomes[ImportUnit.Outcome.UPDATED.ordinal()],
                outcomes[ImportUnit.Outcome.UNCHANGED.ordinal()],
                issues.count(),
                issues.listed());
    }

    private static Savepoint savepoint(Connection connection) {
        try {
            return connection.setSavepoint();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set a savepoint", e);
        }
    }

    private static void release(Connection connection, Savepoint savepoint) {
        if (savepoint == null) {
            return;
        }
        try {
            connection.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not release a savepoint", e);
        }
    }

    private static void rollback(Connection connection, Savepoint savepoint) {
        if (savepoint == null) {
            return;
        }
        try {
            connection.rollback(savepoint);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not roll back to a savepoint", e);
        }
    }
}
