package vn.ocop.platform.outbox;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Looks at (and, to simulate time passing or a crash, edits) outbox rows, outside the worker. */
final class OutboxTable {

    /** One row as the tests see it; {@code dueInMillis} is negative once the row is due. */
    record Row(String status, int attempts, String lastError, String lockedBy, long dueInMillis) {}

    private final DataSource raw;

    OutboxTable(DataSource dataSource) {
        this.raw = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    Row row(long id) {
        String sql =
                "SELECT status, attempts, last_error, locked_by,"
                        + " (EXTRACT(EPOCH FROM next_attempt_at - clock_timestamp()) * 1000)::bigint"
                        + " FROM platform.outbox_messages WHERE id = ?";
        try (Connection c = raw.getConnection();
                PreparedStatement s = prepare(c, sql, id);
                ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                throw new AssertionError("No outbox row " + id);
            }
            return new Row(
                    rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getLong(5));
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
