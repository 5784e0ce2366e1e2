package vn.ocop.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/**
 * Which failures mean "the database cannot be reached" (503, retry) rather than a bug (500). The
 * shapes are the ones the PostgreSQL restart drill in bench/ logged.
 */
class DatabaseUnreachableTest {

    @Test
    void connection_failures_are_unreachable() {
        // what 83 of 83 failed checkouts of the drill carried: a pool-closed connection
        assertThat(
                        UnexpectedExceptionHandler.isDatabaseUnreachable(
                                new ConnectionException(
                                        "Could not set JDBC Connection read-only",
                                        new SQLException("Connection is closed"))))
                .isTrue();
        assertThat(
                        UnexpectedExceptionHandler.isDatabaseUnreachable(
                                new DataAccessException(
                                        "Error executing SQL",
                                        new SQLException(
                                                "terminating connection due to administrator"
                                                        + " command",
                                                "57P01"))))
                .isTrue();
        assertThat(
                        UnexpectedExceptionHandler.isDatabaseUnreachable(
                                new SQLException("An I/O error occurred", "08006")))
                .isTrue();
        assertThat(
                        UnexpectedExceptionHandler.isDatabaseUnreachable(
                                new SQLTransientConnectionException(
                                        "HikariPool-1 - Connection is not available")))
                .isTrue();
    }

    @Test
    void other_database_errors_are_not() {
        assertThat(
                        UnexpectedExceptionHandler.isDatabaseUnreachable(
                                new DataAccessException(
                                        "Error executing SQL",
                                        new SQLException("duplicate key", "23505"))))
                .isFalse();
        assertThat(
                        UnexpectedExceptionHandler.isDatabaseUnreachable(
                                new SQLException("deadlock detected", "40P01")))
                .isFalse();
        assertThat(
                        UnexpectedExceptionHandler.isDatabaseUnreachable(
                                new IllegalStateException("a bug")))
                .isFalse();
    }
}
