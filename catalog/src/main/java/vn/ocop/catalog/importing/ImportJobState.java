package vn.ocop.catalog.importing;

/**
 * Where an import job is. A real run that SUCCEEDED saved every row; one that FAILED saved nothing
 * and its report says why. A dry run SUCCEEDED when the file would import cleanly.
 */
public enum ImportJobState {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED;

    boolean finished() {
        return this == SUCCEEDED || this == FAILED;
    }
}
