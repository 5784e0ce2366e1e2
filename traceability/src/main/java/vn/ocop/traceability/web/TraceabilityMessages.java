package vn.ocop.traceability.web;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * Problem titles and field messages of traceability ({@code traceability_vi} and {@code _en}),
 * found by the platform's problem translator.
 */
@Factory
class TraceabilityMessages {
    @Singleton
    @Named("traceability")
    MessageSource traceabilityMessages() {
        return new ResourceBundleMessageSource("i18n.traceability");
    }
}
