package vn.ocop.catalog.search;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

/**
 * Reindex jobs in {@code catalog.search_reindex_jobs}, so that any instance can report a job's
 * progress. At most one job runs at a time (a partial unique index); a running job that has not
 * moved for {@link #STALE_AFTER} is given up.
 */
@Singleton
class ReindexJobs {

    static final String STALE_AFTER = "10 minutes";

    private static final String COLUMNS =
            "id, engine, state, done, total, error, started_at, finished_at";

    private final JdbcOperations jdbc;

    ReindexJobs(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    record Started(ReindexJob job, boolean isNew) {}

    /** A new running job, or the one already running. */
    @Transactional
    Started start(String engine) {
        giveUpStale();
        UUID id = UUID.randomUUID();
        int inserted =
                jdbc.prepareStatement(
                        "INSERT INTO catalog.search_reindex_jobs (id, engine, state) VALUES (?, ?,"
                                + " 'RUNNING') ON CONFLICT ((true)) WHERE state = 'RUNNING' DO"
                                + " NOTHING",
                        ps -> {
                            ps.setObject(1, id);
                            ps.setString(2, engine);
                            return ps.executeUpdate();
                        });
        if (inserted == 1) {
            return new Started(find(id).orElseThrow(), true);
        }
        return new Started(
                query(
                                "SELECT "
                                        + COLUMNS
                                        + " FROM catalog.search_reindex_jobs WHERE state = 'RUNNING'",
                                null)
                        .orElseThrow(),
                false);
    }

    @Transactional
    void progress(UUID id, int done, int total) {
        jdbc.prepareStatement(
                "UPDATE catalog.search_reindex_jobs SET done = ?, total = ?, updated_at = now()"
                        + " WHERE id = ? AND state = 'RUNNING'",
                ps -> {
                    ps.setInt(1, done);
                    ps.setInt(2, total);
                    ps.setObject(3, id);
                    return ps.executeUpdate();
                });
    }

    @Transactional
    void finish(UUID id) {
        jdbc.prepareStatement(
                "UPDATE catalog.search_reindex_jobs SET state = 'DONE', updated_at = now(),"
                        + " finished_at = now() WHERE id = ? AND state = 'RUNNING'",
                ps -> {
                    ps.setObject(1, id);
                    return ps.executeUpdate();
                });
    }

    @Transactional
    void fail(UUID id, String error) {
        jdbc.prepareStatement(
                "UPDATE catalog.search_reindex_jobs SET state = 'FAILED', error = ?, updated_at ="
                        + " now(), finished_at = now() WHERE id = ? AND state = 'RUNNING'",
                ps -> {
                    ps.setString(1, error.length() > 1000 ? error.substring(0, 1000) : error);
                    ps.setObject(2, id);
                    return ps.executeUpdate();
                });
    }

    @ReadOnly
    Optional<ReindexJob> find(UUID id) {
        return query("SELECT " + COLUMNS + " FROM catalog.search_reindex_jobs WHERE id = ?", id);
    }

    /** The most recently started job. */
    @ReadOnly
    Optional<ReindexJob> latest() {
        return query(
                "SELECT "
                        + COLUMNS
                        + " FROM catalog.search_reindex_jobs ORDER BY started_at DESC LIMIT 1",
                null);
    }

    private void giveUpStale() {
        jdbc.prepareStatement(
                "UPDATE catalog.search_reindex_jobs SET state = 'FAILED', error = 'No progress for "
                        + STALE_AFTER
                        + "; the instance running it probably stopped', finished_at = now()"
                        + " WHERE state = 'RUNNING' AND updated_at < now() - interval '"
                        + STALE_AFTER
                        + "'",
                ps -> ps.executeUpdate());
    }

    private Optional<ReindexJob> query(String sql, UUID id) {
        return jdbc.prepareStatement(
                sql,
                ps -> {
                    if (id != null) {
                        ps.setObject(1, id);
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? Optional.of(job(rs)) : Optional.empty();
                    }
                });
    }

    private static ReindexJob job(ResultSet rs) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ReindexJob(
                rs.getObject("id", UUID.class),
                rs.getString("engine"),
                rs.getString("state"),
                rs.getInt("done"),
                rs.getInt("total"),
                rs.getString("error"),
                rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }
}
