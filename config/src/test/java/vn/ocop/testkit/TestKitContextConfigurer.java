package vn.ocop.testkit;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.annotation.ContextConfigurer;

/**
 * Applied to every application context built on a test class path (the test kit is only there):
 * points the default data source at a fresh test database.
 */
@ContextConfigurer
public class TestKitContextConfigurer implements ApplicationContextConfigurer {
    @Override
    public void configure(ApplicationContextBuilder builder) {
        builder.properties(TestDatabase.freshDatabaseProperties());
    }
}
