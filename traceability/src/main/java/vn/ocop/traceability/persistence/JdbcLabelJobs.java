package vn.ocop.traceability.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.ocop.traceability.labels.LabelJob;
import vn.ocop.traceability.labels.LabelJobs;
import vn.ocop.traceability.labels.LabelTemplate;

/** Label jobs in {@code traceability.label_jobs}. */
@Singleton
class JdbcLabelJobs implements LabelJobs {

    private final JdbcOperations jdbc;

    JdbcLabelJobs(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(LabelJob job) {
        jdbc.prepareStatement(
                "INSERT INTO traceability.label_jobs (id, batch_id, producer_id, requested_by,"
                        + " template, mode, ec_level, language, first_ordinal, last_ordinal, total,"
                        + " done, status, created_at, heartbeat_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, 0, ?, ?, ?)",
                ps -> {
                    ps.setObject(1, job.id());
                    ps.setObject(2, job.batchId());
                    ps.setObject(3, job.producerId());
                    ps.setObject(4, job.requestedBy());
                    ps.setString(5, job.template().name());
                    ps.setString(6, job.mode().name());
                    ps.setString(7, job.ecLevel());
                    ps.setString(8, job.language());
                    ps.setObject(9, job.firstOrdinal());
                    ps.setObject(10, job.lastOrdinal());
                    ps.setInt(11, job.total());
                    ps.setString(12, job.status().name());
                    ps.setObject(13, JdbcBatches.timestamp(job.createdAt()));
                    ps.setObject(14, JdbcBatches.timestamp(job.createdAt()));
                    return ps.executeUpdate();
                });
    }

    @Override
    public Optional<LabelJob> byId(UUID id) {
        return jdbc.prepareStatement(
                "SELECT * FROM traceability.label_jobs WHERE id = ?",
                ps -> {
                    ps.setObject(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? Optional.of(read(rs)) : Optional.<LabelJob>empty();
                    }
                });
    }

    @Override
    public boolean claim(UUID id, Instant now) {
        return update(
                        "UPDATE traceability.label_jobs SET status = 'RUNNING', started_at = ?,"
                                + " heartbeat_at = ?, done = 0 WHERE id = ? AND status = 'QUEUED'",
                        now,
                        now,
                        id)
                == 1;
    }

    @Override
    public void progress(UUID id, int done, Instant now) {
        jdbc.prepareStatement(
                "UPDATE traceability.label_jobs SET done = ?, heartbeat_at = ? WHERE id = ? AND"
                        + " status = 'RUNNING'",
                ps -> {
                    ps.setInt(1, done);
                    ps.setObject(2, JdbcBatches.timestamp(now));
                    ps.setObject(3, id);
                    return ps.executeUpdate();
                });
    }

    @Override
    public void succeeded(UUID id, long fileSize, Instant now) {
        jdbc.prepareStatement(
                "UPDATE traceability.label_jobs SET status = 'SUCCEEDED', done = total,"
                        + " file_size = ?, finished_at = ?, heartbeat_at = ? WHERE id = ?",
                ps -> {
                    ps.setLong(1, fileSize);
                    ps.setObject(2, JdbcBatches.timestamp(now));
                    ps.setObject(3, JdbcBatches.timestamp(now));
                    ps.setObject(4, id);
                    return ps.executeUpdate();
                });
    }

    @Override
    public void failed(UUID id, String error, Instant now) {
        jdbc.prepareStatement(
                "UPDATE traceability.label_jobs SET status = 'FAILED', error = ?, finished_at = ?,"
                        + " heartbeat_at = ? WHERE id = ?",
                ps -> {
                    ps.setString(1, error.length() > 500 ? error.substring(0, 500) : error);
                    ps.setObject(2, JdbcBatches.timestamp(now));
                    ps.setObject(3, JdbcBatches.timestamp(now));
                    ps.setObject(4, id);
                    return ps.executeUpdate();
                });
    }

    @Override
    public List<UUID> requeueStale(Instant staleBefore, int maxRestarts, Instant now) {
        jdbc.prepareStatement(
                "UPDATE traceability.label_jobs SET status = 'FAILED', finished_at = ?,"
                        + " error = 'Interrupted too often (the server restarted while printing)'"
                        + " WHERE status IN ('QUEUED', 'RUNNING') AND heartbeat_at < ? AND restarts"
                        + " >= ?",
                ps -> {
                    ps.setObject(1, JdbcBatches.timestamp(now));
                    ps.setObject(2, JdbcBatches.timestamp(staleBefore));
                    ps.setInt(3, maxRestarts);
                    return ps.executeUpdate();
                });
        return jdbc.prepareStatement(
                "UPDATE traceability.label_jobs SET status = 'QUEUED', done = 0, restarts ="
                        + " restarts + 1, heartbeat_at = ? WHERE id IN (SELECT id FROM"
                        + " traceability.label_jobs WHERE status IN ('QUEUED', 'RUNNING') AND"
                        + " heartbeat_at < ? FOR UPDATE SKIP LOCKED) RETURNING id",
                ps -> {
                    ps.setObject(1, JdbcBatches.timestamp(now));
                    ps.setObject(2, JdbcBatches.timestamp(staleBefore));
                    List<UUID> ids = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getObject(1, UUID.class));
                        }
                    }
                    return ids;
                });
    }

    private int update(String sql, Instant a, Instant b, UUID id) {
        return jdbc.prepareStatement(
                sql,
                ps -> {
                    ps.setObject(1, JdbcBatches.timestamp(a));
                    ps.setObject(2, JdbcBatches.timestamp(b));
                    ps.setObject(3, id);
                    return ps.executeUpdate();
                });
    }

    private static LabelJob read(ResultSet rs) throws SQLException {
        return new LabelJob(
                rs.getObject("id", UUID.class),
                rs.getObject("batch_id", UUID.class),
                rs.getObject("producer_id", UUID.class),
                rs.getObject("requested_by", UUID.class),
                LabelTemplate.valueOf(rs.getString("template")),
                LabelJob.Mode.valueOf(rs.getString("mode")),
                rs.getString("ec_level"),
                rs.getString("language"),
                (Integer) rs.getObject("first_ordinal"),
                (Integer) rs.getObject("last_ordinal"),
                rs.getInt("total"),
                rs.getInt("done"),
                LabelJob.Status.valueOf(rs.getString("status")),
                rs.getString("error"),
                (Long) rs.getObject("file_size"),
                JdbcBatches.instant(rs, "created_at"),
                JdbcBatches.instant(rs, "finished_at"));
    }
}
