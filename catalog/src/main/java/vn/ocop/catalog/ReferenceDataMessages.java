package vn.ocop.catalog;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * Problem titles and field messages of the catalogue's reference data ({@code catalog-reference_vi}
 * and {@code _en}), found by the platform's problem translator.
 */
@Factory
class ReferenceDataMessages {
    @Singleton
    @Named("catalog-reference")
    MessageSource referenceDataMessages() {
        return new ResourceBundleMessageSource("i18n.catalog-reference");
    }
}
