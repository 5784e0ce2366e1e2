package vn.ocop.orders.payment;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** Problem titles and field messages of payments ({@code orders-payments_vi} and {@code _en}). */
@Factory
class PaymentMessages {
    @Singleton
    @Named("orders-payments")
    MessageSource paymentMessages() {
        return new ResourceBundleMessageSource("i18n.orders-payments");
    }
}
