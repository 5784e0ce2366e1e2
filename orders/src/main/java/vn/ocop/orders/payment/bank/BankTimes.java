package vn.ocop.orders.payment.bank;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** Reads the date-times banks write: ISO with offset, or local Vietnamese time in common shapes. */
final class BankTimes {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final List<DateTimeFormatter> LOCAL_DATE_TIMES =
            List.of(
                    DateTimeFormatter.ISO_LOCAL_DATE_TIME,
                    DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"),
                    DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"),
                    DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss"),
                    DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
    private static final List<DateTimeFormatter> LOCAL_DATES =
            List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("dd/MM/yyyy"));

    private BankTimes() {}

    static Optional<Instant> parse(String text) {
        String s = text.strip();
        try {
            return Optional.of(OffsetDateTime.parse(s).toInstant());
        } catch (DateTimeParseException e) {
            // not an offset date-time; try local shapes
        }
        for (DateTimeFormatter f : LOCAL_DATE_TIMES) {
            try {
                return Optional.of(LocalDateTime.parse(s, f).atZone(VIETNAM).toInstant());
            } catch (DateTimeParseException e) {
                // next shape
            }
        }
        for (DateTimeFormatter f : LOCAL_DATES) {
            try {
                return Optional.of(LocalDate.parse(s, f).atStartOfDay(VIETNAM).toInstant());
            } catch (DateTimeParseException e) {
                // next shape
            }
        }
        return Optional.empty();
    }
}
