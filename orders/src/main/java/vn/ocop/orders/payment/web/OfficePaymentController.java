package vn.ocop.orders.payment.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ocop.orders.payment.PaymentEvent;
import vn.ocop.orders.payment.PaymentRecord;
import vn.ocop.orders.payment.Payments;
import vn.ocop.orders.payment.bank.BankNotifications;
import vn.ocop.orders.payment.bank.StatementCsv;
import vn.ocop.orders.payment.stripe.StripePayments;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.identity.api.Role;

/**
 * The office's side of payments: what waits for review, an order's payment history, manual
 * confirmation (audited: who, when, why), cash collected on delivery, card refunds and the bank
 * statement import.
 */
@Controller("/api/v1/office/payments")
@Tag(name = "Payments")
@Secured(Role.Names.OFFICE_ADMIN)
class OfficePaymentController {

    @Serdeable
    record Note(@Nullable String note) {}

    @Serdeable
    record History(String orderNumber, List<PaymentRecord> payments, List<PaymentEvent> events) {}

    @Serdeable
    record StatementLine(
            String transactionId,
            long amountVnd,
            PaymentEvent.Outcome outcome,
            @Nullable String orderNumber,
            boolean duplicate) {}

    @Serdeable
    record StatementResult(
            int credits,
            int skippedDebits,
            Map<PaymentEvent.Outcome, Integer> outcomes,
            List<StatementLine> lines) {}

    private final Payments payments;
    private final StripePayments stripe;
    private final BankNotifications bank;

    OfficePaymentController(Payments payments, StripePayments stripe, BankNotifications bank) {
        this.payments = payments;
        this.stripe = stripe;
        this.bank = bank;
    }

    @Get("/review")
    @Operation(summary = "Payments waiting for the office: wrong amounts, unknown references, late")
    List<PaymentEvent> review(@Nullable @QueryValue Integer limit) {
        return payments.awaitingReview(limit == null ? 100 : limit);
    }

    @Get("/orders/{number}")
    @Operation(summary = "An order's payments and every notification about it")
    History history(@PathVariable String number) {
        payments.requireOrder(number);
        return new History(number, payments.paymentsFor(number), payments.eventsFor(number));
    }

    @Post("/orders/{number}/confirm")
    @Operation(summary = "Confirm by hand that an order was paid (a note saying why is required)")
    PaymentRecord confirm(
            @PathVariable String number, @Body Note note, Authentication authentication) {
        return payments.confirmManually(number, actor(authentication), note.note());
    }

    @Post("/orders/{number}/cod-collected")
    @Operation(summary = "Cash on delivery collected for a delivered order")
    PaymentRecord codCollected(
            @PathVariable String number, @Nullable @Body Note note, Authentication authentication) {
        return payments.codCollected(
                number, actor(authentication), note == null ? null : note.note());
    }

    @Post("/{id}/refund")
    @Operation(summary = "Refund a card payment in full through Stripe")
    PaymentRecord refund(@PathVariable UUID id, @Body Note note, Authentication authentication) {
        return stripe.refund(id, actor(authentication), note.note());
    }

    @Post(
            value = "/bank/statements",
            consumes = {"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            summary =
                    "Import a bank statement CSV (date, amount, content, transaction id):"
                            + " matched like notifications, all lines or none")
    StatementResult statement(@Body byte[] file) {
        StatementCsv.Statement statement = StatementCsv.read(file);
        List<Payments.Applied> applied = bank.applyStatement(statement.credits());
        Map<PaymentEvent.Outcome, Integer> outcomes = new EnumMap<>(PaymentEvent.Outcome.class);
        List<StatementLine> lines =
                java.util.stream.IntStream.range(0, applied.size())
                        .mapToObj(
                                i -> {
                                    Payments.Applied a = applied.get(i);
                                    outcomes.merge(a.outcome(), 1, Integer::sum);
                                    return new StatementLine(
                                            statement.credits().get(i).transactionId(),
                                            statement.credits().get(i).amountVnd(),
                                            a.outcome(),
                                            a.orderNumber(),
                                            a.duplicate());
                                })
                        .toList();
        return new StatementResult(
                statement.credits().size(), statement.skipped(), outcomes, lines);
    }

    private static UUID actor(Authentication authentication) {
        return Caller.of(authentication).accountId();
    }
}
