package vn.ocop.traceability.api;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the public scan page shows for a batch (Circular 02/2024/TT-BKHCN: product name and image,
 * producer name and address, production time, code and serial, expiry), plus the origin, the OCOP
 * certificate as it stands now, lab tests, the EPCIS timeline and the recall banner. Texts meant
 * for people ({@code productName}, {@code labels}, status and step labels, the banner) are in the
 * language asked for by {@code Accept-Language} (Vietnamese unless English is asked for).
 */
@Serdeable
public record PublicBatch(
        String language,
        String gtin,
        String lot,
        String serial,
        String digitalLink,
        UUID productId,
        String productName,
        String productNameVi,
        String productNameEn,
        Image image,
        List<Producer> producers,
        List<Origin> origins,
        LocalDate productionDate,
        LocalDate expiryDate,
        LocalDate bestBeforeDate,
        Certificate certificate,
        List<LabTest> labTests,
        List<TimelineEntry> timeline,
        boolean recalled,
        String recallReason,
        Instant recalledAt,
        RecallBanner recallBanner,
        Map<String, String> labels) {

    @Serdeable
    public record Producer(
            UUID id, String name, String provinceCode, String provinceName, String address) {}

    @Serdeable
    public record Image(String url, String thumbnailUrl, int width, int height) {}

    @Serdeable
    public record Origin(
            String provinceCode, String provinceName, String commune, String village) {}

    /** The live certificate: {@code status} VALID, EXPIRED, REVOKED or SUPERSEDED. */
    @Serdeable
    public record Certificate(
            int stars,
            String status,
            String statusLabel,
            boolean valid,
            LocalDate validFrom,
            LocalDate validUntil,
            String authority,
            String decisionNumber,
            String summary) {}

    @Serdeable
    public record LabTest(
            String lab, String reportNumber, LocalDate date, List<LabResult> results) {}

    @Serdeable
    public record LabResult(String name, BigDecimal value, String text, String unit) {}

    /** One EPCIS event, oldest first, with its business step in words. */
    @Serdeable
    public record TimelineEntry(
            OffsetDateTime time,
            String type,
            String bizStep,
            String disposition,
            String label,
            String place,
            String detail) {}

    @Serdeable
    public record RecallBanner(String title, String message) {}
}
