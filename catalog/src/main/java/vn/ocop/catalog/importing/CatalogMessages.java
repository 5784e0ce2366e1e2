package vn.ocop.catalog.importing;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * The catalogue's message bundle ({@code i18n/catalog_vi} and {@code _en}; the base is empty):
 * import columns, values and report messages, and the titles of the catalogue's problems.
 */
@Factory
class CatalogMessages {
    @Singleton
    @Named("catalog")
    MessageSource catalogMessages() {
        return new ResourceBundleMessageSource("i18n.catalog");
    }
}
