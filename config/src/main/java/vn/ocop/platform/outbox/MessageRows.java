package vn.ocop.platform.outbox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.ocop.platform.outbox.api.OutboxMessage;

/** Reads outbox rows ({@code id, topic, message_key, payload, attempts, created_at}). */
final class MessageRows {

    static final String COLUMNS = "id, topic, message_key, payload::text, attempts, created_at";

    private MessageRows() {}

    static List<OutboxMessage> messages(PreparedStatement statement) throws SQLException {
        List<OutboxMessage> messages = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                messages.add(
                        new OutboxMessage(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getInt(5),
                                instant(rs, 6)));
            }
        }
        return messages;
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
