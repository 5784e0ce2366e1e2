package vn.ocop.platform.web;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * The platform's message bundle: {@code platform_vi} and {@code platform_en} (the base is empty).
 */
@Factory
class PlatformMessages {
    @Singleton
    @Named("platform")
    MessageSource platformMessages() {
        return new ResourceBundleMessageSource("i18n.platform");
    }
}
