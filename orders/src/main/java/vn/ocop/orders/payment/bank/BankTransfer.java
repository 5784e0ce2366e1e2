package vn.ocop.orders.payment.bank;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * An incoming transfer as the bank reports it (notification or statement line).
 *
 * @param amountVnd credited amount in VND
 * @param content the transfer message the payer typed (or the VietQR purpose)
 * @param transactionId the bank's unique id of the transaction
 * @param time when the bank booked it, or null
 */
@Serdeable
public record BankTransfer(long amountVnd, String content, String transactionId, Instant time) {}
