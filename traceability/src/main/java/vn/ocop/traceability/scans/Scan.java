package vn.ocop.traceability.scans;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One resolve, as queued for the writer: the place is still as the client gave it, the client
 * address still in clear (it is only ever held in memory, and hashed before it is written).
 */
record Scan(
        String gtin,
        String lot,
        String serial,
        UUID batchId,
        UUID producerId,
        Instant at,
        ScanChannel channel,
        String place,
        BigDecimal lat,
        BigDecimal lon,
        String clientAddress) {}
