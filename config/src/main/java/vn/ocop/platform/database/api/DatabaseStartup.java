package vn.ocop.platform.database.api;

/**
 * A database server that this process starts itself and that may still be starting when the
 * application context is built (the embedded PostgreSQL). The platform waits for it before it opens
 * its first connection, for the schema migrations that begin before the data source exists.
 */
public interface DatabaseStartup {

    /**
     * Blocks until the server accepts connections.
     *
     * @throws IllegalStateException when the server could not start
     */
    void awaitReady();
}
