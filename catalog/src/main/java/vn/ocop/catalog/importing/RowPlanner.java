package vn.ocop.catalog.importing;

import java.util.List;
import vn.ocop.platform.identity.api.Caller;

/**
 * Reads a sheet of one kind into units of work. Cells that cannot be read (a price that is not a
 * number, an unknown legal form) are reported here and their rows get no unit; everything else is
 * left to the use cases, so the import refuses exactly what the API refuses.
 */
interface RowPlanner {

    ImportKind kind();

    List<ImportUnit> plan(Sheet sheet, HeaderMap headers, Caller caller, Issues issues);
}
