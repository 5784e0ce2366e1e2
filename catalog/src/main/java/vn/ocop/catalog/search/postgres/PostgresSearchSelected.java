package vn.ocop.catalog.search.postgres;

import io.micronaut.context.condition.Condition;
import io.micronaut.context.condition.ConditionContext;

/**
 * PostgreSQL searches unless an Elasticsearch URL is configured ({@code ocop.elasticsearch.url}).
 */
public final class PostgresSearchSelected implements Condition {

    @Override
    public boolean matches(ConditionContext context) {
        return context.getProperty("ocop.elasticsearch.url", String.class)
                .map(String::isBlank)
                .orElse(true);
    }
}
