package vn.ocop.traceability.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.ocop.traceability.epcis.EpcisEvent;
import vn.ocop.traceability.epcis.EpcisJson;
import vn.ocop.traceability.epcis.EventIndex;
import vn.ocop.traceability.epcis.EventLog;
import vn.ocop.traceability.epcis.EventQuery;

/**
 * The event log in {@code traceability.epcis_events}. Only INSERT and SELECT are issued here; a
 * trigger refuses UPDATE, DELETE and TRUNCATE on the table whoever asks.
 */
@Singleton
class JdbcEventLog implements EventLog {

    private static final String INSERT =
            "INSERT INTO traceability.epcis_events (event_id, event_type, action, biz_step,"
                    + " disposition, event_time, record_time, epcs, lots, batch_id, producer_ids,"
                    + " capture_id, error_declaration, document) VALUES (?, ?, ?, ?, ?, ?, now(),"
                    + " ?, ?, ?, ?, ?, ?, ?::jsonb)";

    private final JdbcOperations jdbc;

    JdbcEventLog(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void append(List<EpcisEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(
                INSERT,
                ps -> {
                    for (EpcisEvent event : events) {
                        bind(ps, event);
                        ps.addBatch();
                    }
                    return ps.executeBatch();
                });
    }

    private static void bind(PreparedStatement ps, EpcisEvent event) throws SQLException {
        EventIndex index = event.index();
        var connection = ps.getConnection();
        ps.setString(1, index.eventId());
        ps.setString(2, index.type());
        ps.setString(3, index.action());
        ps.setString(4, index.bizStep());
        ps.setString(5, index.disposition());
        ps.setObject(6, index.eventTime());
        ps.setArray(7, connection.createArrayOf("text", index.epcs().toArray()));
        ps.setArray(8, connection.createArrayOf("text", index.lots().toArray()));
        ps.setObject(9, event.batchId());
        ps.setArray(10, connection.createArrayOf("uuid", event.producerIds().toArray()));
        ps.setObject(11, event.captureId());
        ps.setBoolean(12, index.errorDeclaration());
        ps.setString(13, json(event.document()));
    }

    @Override
    public List<ObjectNode> ofBatch(UUID batchId, String gtin14, String lot) {
        return jdbc.prepareStatement(
                "SELECT document::text FROM traceability.epcis_events WHERE batch_id = ? OR lots"
                        + " @> ARRAY[?::text] ORDER BY event_time, id",
                ps -> {
                    ps.setObject(1, batchId);
                    ps.setString(2, gtin14 + "/" + lot);
                    return documents(ps);
                });
    }

    @Override
    public Page query(EventQuery q) {
        List<ObjectNode> found =
                jdbc.prepareStatement(
                        "SELECT document::text FROM traceability.epcis_events WHERE"
                                + " (CAST(? AS text) IS NULL OR biz_step = ?)"
                                + " AND (CAST(? AS text) IS NULL OR epcs @> ARRAY[CAST(? AS text)])"
                                + " AND (CAST(? AS timestamptz) IS NULL OR event_time >= ?)"
                                + " AND (CAST(? AS timestamptz) IS NULL OR event_time < ?)"
                                + " AND (CAST(? AS uuid) IS NULL OR producer_ids @>"
                                + " ARRAY[CAST(? AS uuid)])"
                                + " ORDER BY event_time, id LIMIT ? OFFSET ?",
                        ps -> {
                            int i = 1;
                            for (Object value :
                                    new Object[] {
                                        q.bizStep(), q.epc(), q.from(), q.to(), q.producerId()
                                    }) {
                                ps.setObject(i++, value);
                                ps.setObject(i++, value);
                            }
                            ps.setInt(i++, q.size() + 1);
                            ps.setLong(i, (long) (q.page() - 1) * q.size());
                            return documents(ps);
                        });
        boolean more = found.size() > q.size();
        return new Page(more ? found.subList(0, q.size()) : found, more);
    }

    private static List<ObjectNode> documents(PreparedStatement ps) throws SQLException {
        List<ObjectNode> events = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                try {
                    events.add((ObjectNode) EpcisJson.MAPPER.readTree(rs.getString(1)));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("Stored event is not JSON", e);
                }
            }
        }
        return events;
    }

    private static String json(ObjectNode document) {
        try {
            return EpcisJson.MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event not writable as JSON", e);
        }
    }
}
