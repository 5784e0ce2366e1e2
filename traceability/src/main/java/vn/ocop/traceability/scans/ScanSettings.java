package vn.ocop.traceability.scans;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code ocop.traceability.scans.*}: the thresholds of the counterfeit signals and the size of the
 * scan queue.
 *
 * @param maxConsumerScans a serial scanned by consumers more often than this is flagged
 * @param maxSpeedKmh two scans of a serial needing a faster journey than this are flagged
 * @param minTravelKm distances below this never count as travel (positions are coarse)
 * @param queueCapacity scans waiting for the writer; when full, the request writes its own scan
 */
@ConfigurationProperties("ocop.traceability.scans")
public record ScanSettings(
        @Bindable(defaultValue = "20") int maxConsumerScans,
        @Bindable(defaultValue = "250") int maxSpeedKmh,
        @Bindable(defaultValue = "40") int minTravelKm,
        @Bindable(defaultValue = "10000") int queueCapacity) {}
