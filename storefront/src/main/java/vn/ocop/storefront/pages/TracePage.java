package vn.ocop.storefront.pages;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.ocop.traceability.api.PublicBatch;

/** What the scan page template needs besides the batch itself: small formatting helpers. */
public record TracePage(PublicBatch batch) {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** The CSS state of the certificate: valid, expired, revoked (superseded counts as expired). */
    public String certificateState() {
        PublicBatch.Certificate certificate = batch.certificate();
        if (certificate == null) {
            return "none";
        }
        if (certificate.valid()) {
            return "valid";
        }
        return "REVOKED".equals(certificate.status()) ? "revoked" : "expired";
    }

    /** An event's time in Vietnamese time: 31/12/2026 08:30. */
    public String time(OffsetDateTime time) {
        return time == null ? "" : TIME.format(time.atZoneSameInstant(VIETNAM));
    }

    /** A lab result's value: the text when there is one, else the number without trailing zeros. */
    public String result(PublicBatch.LabResult result) {
        if (result.text() != null && !result.text().isBlank()) {
            return result.text();
        }
        BigDecimal value = result.value();
        String number = value == null ? "" : value.stripTrailingZeros().toPlainString();
        return result.unit() == null ? number : number + " " + result.unit();
    }

    /** The recall day in Vietnamese time, or null when not recalled. */
    public java.time.LocalDate recallDay() {
        return batch.recalledAt() == null ? null : batch.recalledAt().atZone(VIETNAM).toLocalDate();
    }
}
