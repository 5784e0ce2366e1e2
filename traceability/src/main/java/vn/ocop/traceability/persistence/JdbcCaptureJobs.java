package vn.ocop.traceability.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.UUID;
import vn.ocop.traceability.epcis.CaptureJob;
import vn.ocop.traceability.epcis.CaptureJobs;

@Singleton
class JdbcCaptureJobs implements CaptureJobs {

    private final JdbcOperations jdbc;

    JdbcCaptureJobs(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(CaptureJob job) {
        jdbc.prepareStatement(
                "INSERT INTO traceability.capture_jobs (id, submitted_by, producer_id,"
                        + " submitted_at, finished_at, status, event_count) VALUES (?, ?, ?, ?, ?,"
                        + " ?, ?)",
                ps -> {
                    ps.setObject(1, job.id());
                    ps.setObject(2, job.submittedBy());
                    ps.setObject(3, job.producerId());
                    ps.setObject(4, JdbcBatches.timestamp(job.submittedAt()));
                    ps.setObject(5, JdbcBatches.timestamp(job.finishedAt()));
                    ps.setString(6, job.status().name());
                    ps.setInt(7, job.eventCount());
                    return ps.executeUpdate();
                });
    }

    @Override
    public Optional<CaptureJob> byId(UUID id) {
        return jdbc.prepareStatement(
                "SELECT id, submitted_by, producer_id, submitted_at, finished_at, status,"
                        + " event_count FROM traceability.capture_jobs WHERE id = ?",
                ps -> {
                    ps.setObject(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            return Optional.<CaptureJob>empty();
                        }
                        return Optional.of(
                                new CaptureJob(
                                        rs.getObject("id", UUID.class),
                                        rs.getObject("submitted_by", UUID.class),
                                        rs.getObject("producer_id", UUID.class),
                                        JdbcBatches.instant(rs, "submitted_at"),
                                        JdbcBatches.instant(rs, "finished_at"),
                                        CaptureJob.Status.valueOf(rs.getString("status")),
                                        rs.getInt("event_count")));
                    }
                });
    }
}
