package vn.ocop.catalog.demo;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.catalog.importing.CatalogImport;
import vn.ocop.catalog.importing.ImportIssue;
import vn.ocop.catalog.importing.ImportKind;
import vn.ocop.catalog.importing.ImportReport;
import vn.ocop.catalog.importing.Sheet;
import vn.ocop.catalog.importing.SpreadsheetFiles;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.identity.api.Role;

/**
 * Loads the demo catalogue into an empty catalogue, in one transaction, through the importer (the
 * same checks as an office's upload). Several instances starting at once are serialised by a
 * PostgreSQL advisory lock held to the end of the transaction: the first loads, the others then
 * find the catalogue full and do nothing.
 */
@Singleton
class DemoCatalogue {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCatalogue.class);

    /** "OCOPDEMO" in ASCII: the advisory lock's key. */
    private static final long LOCK = 0x4F434F5044454D4FL;

    private static final List<ImportKind> ORDER =
            List.of(ImportKind.PRODUCERS, ImportKind.PRODUCTS, ImportKind.CERTIFICATES);

    /** The loader acts as the office; no account stands behind it. */
    private static final Caller LOADER = new Caller(new UUID(0, 0), Role.OFFICE_ADMIN, null, null);

    private final SpreadsheetFiles files;
    private final CatalogImport imports;
    private final TransactionOperations<Connection> transactions;

    DemoCatalogue(
            SpreadsheetFiles files,
            CatalogImport imports,
            TransactionOperations<Connection> transactions) {
        this.files = files;
        this.imports = imports;
        this.transactions = transactions;
    }

    /**
     * @return true when the demo data was loaded, false when the catalogue already had producers or
     *     products
     * @throws IllegalStateException when a demo row is refused (nothing is saved)
     */
    @Transactional
    public boolean loadIfEmpty() {
        Connection connection =
                (Connection) transactions.findTransactionStatus().orElseThrow().getConnection();
        if (!lockAndCheckEmpty(connection)) {
            LOG.info("Demo data: the catalogue is not empty; nothing loaded");
            return false;
        }
        for (ImportKind kind : ORDER) {
            String name = kind.path() + ".csv";
            Sheet sheet = files.read(resource(name), name, kind.sheetNames());
            ImportReport report;
            try {
                report =
                        imports.run(
                                kind,
                                sheet,
                                LOADER,
                                false,
                                CatalogImport.Mode.STOP_AT_FIRST_PROBLEM,
                                done -> {});
            } catch (CatalogImport.ProblemFound problem) {
                report = problem.firstProblems();
            }
            if (!report.valid()) {
                throw new IllegalStateException(
                        "Demo data " + name + " refused: " + summary(report.errors()));
            }
            LOG.info("Demo data: {} {} created from demo/{}", report.created(), kind.path(), name);
        }
        return true;
    }

    private static boolean lockAndCheckEmpty(Connection connection) {
        try (PreparedStatement lock =
                        connection.prepareStatement("SELECT pg_advisory_xact_lock(?)");
                PreparedStatement empty =
                        connection.prepareStatement(
                                "SELECT NOT EXISTS (SELECT 1 FROM catalog.products)"
                                        + " AND NOT EXISTS (SELECT 1 FROM catalog.producers)")) {
            lock.setLong(1, LOCK);
            lock.execute();
            try (ResultSet rs = empty.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check the catalogue for demo data", e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in =
                DemoCatalogue.class.getClassLoader().getResourceAsStream("demo/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String summary(List<ImportIssue> errors) {
        return errors.stream()
                .limit(10)
                .map(e -> "row " + e.row() + " " + e.column() + ": " + e.messageEn())
                .toList()
                .toString();
    }
}
