package vn.ocop.traceability.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import vn.ocop.traceability.epcis.CaptureJob;
import vn.ocop.traceability.epcis.CaptureJobs;
import vn.ocop.traceability.epcis.EpcisEvent;
import vn.ocop.traceability.epcis.EventLog;

/** Stores a validated capture: the job and all its events in one transaction, or nothing. */
@Singleton
class CaptureStore {

    private final CaptureJobs jobs;
    private final EventLog events;

    CaptureStore(CaptureJobs jobs, EventLog events) {
        this.jobs = jobs;
        this.events = events;
    }

    @Transactional
    CaptureJob save(CaptureJob job, List<EpcisEvent> captured) {
        jobs.add(job);
        events.append(captured);
        return job;
    }
}
