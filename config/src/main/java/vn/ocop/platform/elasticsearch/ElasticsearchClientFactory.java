package vn.ocop.platform.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.Arrays;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;

/**
 * Creates the Elasticsearch client when {@code ocop.elasticsearch.url} is set (one URL, or several
 * separated by commas). The transport owns the low-level REST client and closes it on shutdown.
 * Nothing here calls {@code GET /}: the integration-test distribution has no root endpoint.
 */
@Factory
@Requires(property = ElasticsearchClientFactory.URL, pattern = ".*\\S.*")
class ElasticsearchClientFactory {

    static final String URL = "ocop.elasticsearch.url";

    @Singleton
    @Bean(preDestroy = "close")
    ElasticsearchTransport elasticsearchTransport(
            @Value("${" + URL + "}") String url,
            @Value("${ocop.elasticsearch.api-key:}") String apiKey,
            @Value("${ocop.elasticsearch.max-connections:64}") int maxConnections) {
        // The Apache client's defaults (10 per host, 30 in all) would cap searches in flight
        // far below the web server's concurrency. Elasticsearch sets no cookies and the API key
        // goes in a default header: the cookie and auth-cache interceptors only cost CPU on every
        // request (the auth cache deserialises its schemes each time; BENCHMARKS.md,
        // Elasticsearch).
        RestClientBuilder builder =
                RestClient.builder(hosts(url))
                        .setHttpClientConfigCallback(
                                http ->
                                        http.setMaxConnPerRoute(maxConnections)
                                                .setMaxConnTotal(maxConnections)
                                                .disableCookieManagement()
                                                .disableAuthCaching());
        if (!apiKey.isBlank()) {
            builder.setDefaultHeaders(
                    new Header[] {new BasicHeader("Authorization", "ApiKey " + apiKey.trim())});
        }
        return new RestClientTransport(builder.build(), new JacksonJsonpMapper());
    }

    @Singleton
    ElasticsearchClient elasticsearchClient(ElasticsearchTransport transport) {
        return new ElasticsearchClient(transport);
    }

    static HttpHost[] hosts(String urls) {
        return Arrays.stream(urls.split(","))
                .map(String::trim)
                .filter(u -> !u.isEmpty())
                .map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u)
                .map(HttpHost::create)
                .toArray(HttpHost[]::new);
    }
}
