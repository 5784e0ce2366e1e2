package vn.ocop.orders.payment.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ocop.orders.payment.PayableOrder;
import vn.ocop.orders.payment.Payments;
import vn.ocop.orders.payment.VietQrPayments;
import vn.ocop.orders.payment.stripe.StripeGateway;
import vn.ocop.orders.payment.stripe.StripePayments;
import vn.ocop.platform.qr.api.QrCodes;
import vn.ocop.platform.qr.api.QrStyle;

/**
 * A buyer pays an order: the VietQR code to scan (polled until paid) or a Stripe Checkout Session
 * for a card. Open to guests, who prove the order is theirs with the checkout phone.
 */
@Controller("/api/v1/orders/{number}/payment")
@Tag(name = "Payments")
@Secured(SecurityRule.IS_ANONYMOUS)
class BuyerPaymentController {

    /** A guest's proof: the phone given at checkout. Signed-in buyers leave it out. */
    @Serdeable
    record Proof(@Nullable String phone) {}

    @Serdeable
    record CardCheckout(String orderNumber, String sessionId, String url) {}

    private final Payments payments;
    private final VietQrPayments vietQr;
    private final StripePayments stripe;
    private final HttpLocaleResolver locales;

    BuyerPaymentController(
            Payments payments,
            VietQrPayments vietQr,
            StripePayments stripe,
            HttpLocaleResolver locales) {
        this.payments = payments;
        this.vietQr = vietQr;
        this.stripe = stripe;
        this.locales = locales;
    }

    @Get("/vietqr")
    @Operation(
            summary =
                    "The order's VietQR transfer code (EMVCo payload), amount, bank and status;"
                            + " poll until PAID")
    VietQrPayments.VietQrView vietQr(
            @PathVariable String number,
            @Nullable @QueryValue String phone,
            @Nullable Authentication authentication) {
        return vietQr.view(order(number, authentication, phone));
    }

    @Get("/vietqr.png")
    @Produces("image/png")
    @Operation(
            summary =
                    "The order's VietQR transfer code as a PNG symbol (level M, 4-module quiet"
                            + " zone) for a banking app to scan")
    HttpResponse<byte[]> vietQrPng(
            @PathVariable String number,
            @Nullable @QueryValue String phone,
            @Nullable Authentication authentication) {
        String payload = vietQr.view(order(number, authentication, phone)).payload();
        return HttpResponse.ok(QrCodes.png(payload, QrStyle.standard().withModuleSize(8)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Get("/vietqr.svg")
    @Produces("image/svg+xml")
    @Operation(summary = "The order's VietQR transfer code as an SVG symbol")
    HttpResponse<String> vietQrSvg(
            @PathVariable String number,
            @Nullable @QueryValue String phone,
            @Nullable Authentication authentication) {
        String payload = vietQr.view(order(number, authentication, phone)).payload();
        return HttpResponse.ok(QrCodes.svg(payload, QrStyle.standard()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Post("/card")
    @Operation(summary = "Start a Stripe Checkout Session for a card payment; go to the url")
    CardCheckout card(
            @PathVariable String number,
            @Nullable @Body Proof proof,
            @Nullable Authentication authentication,
            HttpRequest<?> request) {
        PayableOrder order = order(number, authentication, proof == null ? null : proof.phone());
        StripeGateway.CheckoutSession session =
                stripe.checkout(order, locales.resolveOrDefault(request));
        return new CardCheckout(order.number(), session.id(), session.url());
    }

    private PayableOrder order(String number, Authentication authentication, String phone) {
        return OrderAccess.check(payments.requireOrder(number), authentication, phone);
    }
}
