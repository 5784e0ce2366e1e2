package vn.ocop.orders.web;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * Problem titles and field messages of orders ({@code orders_vi} and {@code _en}), found by the
 * platform's problem translator.
 */
@Factory
class OrdersMessages {
    @Singleton
    @Named("orders")
    MessageSource ordersMessages() {
        return new ResourceBundleMessageSource("i18n.orders");
    }
}
