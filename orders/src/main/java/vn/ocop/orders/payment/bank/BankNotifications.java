package vn.ocop.orders.payment.bank;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import vn.ocop.kernel.DomainException;
import vn.ocop.kernel.FieldViolation;
import vn.ocop.orders.payment.PaymentError;
import vn.ocop.orders.payment.PaymentMethod;
import vn.ocop.orders.payment.Payments;

/**
 * Bank-transfer reconciliation: the bank's signed notification webhook and the office's statement
 * import both end in {@link #apply}, which matches the transfer's content to an order number and
 * the amount to the order total through {@link Payments#receive}. The bank's transaction id is the
 * event's external id, so a transfer notified and then imported again changes nothing.
 */
@Singleton
public class BankNotifications {

    /** The provider name in the payment log. */
    public static final String PROVIDER = "bank";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HMAC = "HmacSHA256";

    private final Payments payments;
    private final byte[] secret;

    BankNotifications(
            Payments payments, @Value("${ocop.bank.webhook-secret:}") String webhookSecret) {
        this.payments = payments;
        this.secret =
                webhookSecret == null || webhookSecret.isBlank()
                        ? null
                        : webhookSecret.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Verifies the HMAC-SHA256 of the raw body (hex, optionally prefixed {@code sha256=}) in
     * constant time, then reads and applies the notification.
     */
    public Payments.Applied notified(byte[] body, String signature) {
        verify(body, signature);
        return apply(parse(body), "notification");
    }

    /** Applies one transfer (a notification's or a statement line's). */
    public Payments.Applied apply(BankTransfer transfer, String source) {
        return payments.receive(
                new Payments.Incoming(
                        PROVIDER,
                        transfer.transactionId(),
                        source,
                        PaymentMethod.VIETQR,
                        ReferenceMatcher.candidates(transfer.content()),
                        transfer.amountVnd(),
                        transfer.content(),
                        transfer.time(),
                        transfer.transactionId(),
                        null));
    }

    /** Applies a whole statement in one transaction: all lines or none. */
    @Transactional
    public List<Payments.Applied> applyStatement(List<BankTransfer> transfers) {
        List<Payments.Applied> results = new ArrayList<>(transfers.size());
        for (BankTransfer t : transfers) {
            results.add(apply(t, "statement"));
        }
        return results;
    }

    /** The signature header's value a sender computes for a body (for tests and bank set-up). */
    public static String sign(byte[] body, String secret) {
        return HexFormat.of().formatHex(hmac(body, secret.getBytes(StandardCharsets.UTF_8)));
    }

    void verify(byte[] body, String signature) {
        if (secret == null) {
            throw new DomainException(
                    PaymentError.BANK_NOT_CONFIGURED,
                    "Set OCOP_BANK_WEBHOOK_SECRET to receive bank notifications");
        }
        if (signature == null || signature.isBlank()) {
            throw new DomainException(PaymentError.BAD_SIGNATURE, "No signature header");
        }
        String hex = signature.strip();
        if (hex.regionMatches(true, 0, "sha256=", 0, 7)) {
            hex = hex.substring(7);
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            throw new DomainException(PaymentError.BAD_SIGNATURE, "The signature is not hex");
        }
        if (!MessageDigest.isEqual(given, hmac(body, secret))) {
            throw new DomainException(PaymentError.BAD_SIGNATURE, "The signature does not match");
        }
    }

    static BankTransfer parse(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw malformed("The body is not JSON");
        } catch (java.io.IOException e) {
            throw malformed("The body could not be read");
        }
        if (root == null || !root.isObject()) {
            throw malformed("The body must be a JSON object");
        }
        List<FieldViolation> violations = new ArrayList<>();
        JsonNode amount = root.get("amount");
        long amountVnd = 0;
        if (amount == null || !amount.canConvertToExactIntegral() || !amount.canConvertToLong()) {
            violations.add(
                    violation("amount", "amount-invalid", "A whole number of VND is required"));
        } else {
            amountVnd = amount.asLong();
            if (amountVnd <= 0) {
                violations.add(
                        violation("amount", "amount-invalid", "The amount must be positive"));
            }
        }
        String content = text(root, "content");
        if (content == null) {
            violations.add(
                    violation("content", "content-invalid", "The transfer content is required"));
        } else if (content.length() > 500) {
            violations.add(violation("content", "content-invalid", "At most 500 characters"));
        }
        String transactionId = text(root, "transactionId");
        if (transactionId == null) {
            transactionId = text(root, "transaction_id");
        }
        if (transactionId == null || transactionId.isBlank()) {
            violations.add(
                    violation(
                            "transactionId",
                            "transaction-id-invalid",
                            "The bank's transaction id is required"));
        } else if (transactionId.length() > 200) {
            violations.add(
                    violation("transactionId", "transaction-id-invalid", "At most 200 characters"));
        }
        String timeText = text(root, "time");
        Instant time = null;
        if (timeText != null && !timeText.isBlank()) {
            time = BankTimes.parse(timeText).orElse(null);
            if (time == null) {
                violations.add(violation("time", "time-invalid", "Not a date-time"));
            }
        }
        if (!violations.isEmpty()) {
            throw new DomainException(
                    PaymentError.INVALID_FIELD,
                    "The notification has invalid fields",
                    violations,
                    java.util.Map.of());
        }
        return new BankTransfer(amountVnd, content, transactionId.strip(), time);
    }

    private static String text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isValueNode() ? node.asText() : null;
    }

    private static FieldViolation violation(String field, String code, String message) {
        return new FieldViolation(field, "payments." + code, message);
    }

    private static DomainException malformed(String detail) {
        return new DomainException(PaymentError.MALFORMED_NOTIFICATION, detail);
    }

    private static byte[] hmac(byte[] body, byte[] key) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
