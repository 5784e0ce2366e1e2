package vn.ocop.platform.outbox;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import javax.sql.DataSource;

/** Looks at (and, to simulate time passing or a crash, edits) outbox rows, outside the worker. */
final class OutboxTable {

    /** One row as the tests see it. */
    record Row(
            String status,
            int attempts,
            String lastError,
            String lockedBy,
            Instant nextAttemptAt) {}

    private final DataSource raw;

    OutboxTable(DataSource dataSource) {
        this.raw = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    Row row(long id) {
        String sql =
                "SELECT status, attempts, last_error, locked_by, next_attempt_at"
                        + " FROM platform.outbox_messages WHERE id = ?";
        try (Connection c = raw.getConnection();
                PreparedStatement s = prepare(c, sql, id);
                ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                throw new AssertionError("No outbox row " + id);
            }
            return new Row(
                    rs.getString(1),
                    rs.getInt(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getObject(5, OffsetDateTime.class).toInstant());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The database's clock, which the worker's delays are computed from. */
    Instant clock() {
        try (Connection c = raw.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT clock_timestamp()");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getObject(1, OffsetDateTime.class).toInstant();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long count(String sql, Object... values) {
        try (Connection c = raw.getConnection();
                PreparedStatement s = prepare(c, sql, values);
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    int execute(String sql, Object... values) {
        try (Connection c = raw.getConnection();
                PreparedStatement s = prepare(c, sql, values)) {
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... values)
            throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < values.length; i++) {
            s.setObject(i + 1, values[i]);
        }
        return s;
    }
}
