package vn.ocop.traceability.epcis;

import java.util.Optional;
import java.util.UUID;

/** Where capture jobs are kept. */
public interface CaptureJobs {

    void add(CaptureJob job);

    Optional<CaptureJob> byId(UUID id);
}
