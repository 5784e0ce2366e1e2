package vn.ocop.catalog.importing;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * What an import did or, for a dry run, would do. {@code valid} means no row was refused; {@code
 * saved} means the rows are in the catalogue (a real run that was valid). {@code errors} holds at
 * most the first {@link #MAX_LISTED} problems; {@code errorCount} counts them all.
 */
@Serdeable
public record ImportReport(
        ImportKind kind,
        boolean dryRun,
        boolean valid,
        boolean saved,
        int rowsTotal,
        int created,
        int updated,
        int unchanged,
        int errorCount,
        List<ImportIssue> errors) {

    public static final int MAX_LISTED = 1000;

    public ImportReport {
        // JSON leaves an empty list out, so a stored report of a valid run reads back without one
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    ImportReport asSaved() {
        return new ImportReport(
                kind,
                dryRun,
                valid,
                true,
                rowsTotal,
                created,
                updated,
                unchanged,
                errorCount,
                errors);
    }
}
