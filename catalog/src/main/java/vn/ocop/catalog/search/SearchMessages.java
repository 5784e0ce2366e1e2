package vn.ocop.catalog.search;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** Problem titles and parameter messages of search ({@code catalog-search_vi} and {@code _en}). */
@Factory
class SearchMessages {
    @Singleton
    @Named("catalog-search")
    MessageSource searchMessages() {
        return new ResourceBundleMessageSource("i18n.catalog-search");
    }
}
