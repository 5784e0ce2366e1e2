package vn.ocop.catalog.importing;

import java.util.List;

/**
 * One thing an import creates or updates — a producer, a product with its variants, a certificate —
 * with the rows it came from and where its fields sit in them.
 */
record ImportUnit(List<Integer> rows, FieldSources sources, Action action) {

    enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    /** Runs the use case; refusals are thrown as the services throw them. */
    interface Action {
        Outcome apply();
    }

    ImportUnit {
        rows = List.copyOf(rows);
    }
}
