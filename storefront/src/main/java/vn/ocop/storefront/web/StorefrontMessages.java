package vn.ocop.storefront.web;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** The pages' message bundle (Vietnamese and English). */
@Factory
class StorefrontMessages {
    @Singleton
    @Named("storefront")
    MessageSource storefrontMessages() {
        return new ResourceBundleMessageSource("i18n.storefront");
    }
}
