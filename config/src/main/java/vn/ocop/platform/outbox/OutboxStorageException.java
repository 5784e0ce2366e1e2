package vn.ocop.platform.outbox;

import java.sql.SQLException;

/** The outbox table could not be read or written; the surrounding transaction rolls back. */
class OutboxStorageException extends RuntimeException {
    OutboxStorageException(SQLException cause) {
        super("Outbox storage failed: " + cause.getMessage(), cause);
    }
}
