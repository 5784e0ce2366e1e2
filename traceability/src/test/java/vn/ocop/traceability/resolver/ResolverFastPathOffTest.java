package vn.ocop.traceability.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.testkit.WebClient;
import vn.ocop.traceability.web.BatchJson;
import vn.ocop.traceability.web.Catalogue;

/**
 * With {@code ocop.traceability.resolver.fast-path.enabled=false} every resolve is the
 * controller's.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.admin.email", value = "office@fastpath-off.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
@Property(name = "ocop.public-base-url", value = "https://ocop.example.vn")
@Property(name = "ocop.traceability.resolver.cache-ttl", value = "10m")
@Property(name = "ocop.traceability.resolver.fast-path.enabled", value = "false")
class ResolverFastPathOffTest {

    @Inject EmbeddedServer server;
    @Inject ApplicationContext context;

    @Test
    void the_handler_is_not_installed_and_cached_codes_still_resolve() throws Exception {
        assertThat(context.findBean(ResolverFastPathInstaller.class)).isEmpty();
        WebClient http = new WebClient(server.getURI());
        String office = "Bearer " + http.token("office@fastpath-off.test", "office-password-1");
        Catalogue catalogue = new Catalogue(http, office);
        UUID producer = catalogue.verifiedCooperative("HTX Nước mắm Cát Hải");
        String member = catalogue.memberOf(producer);
        String gtin13 = Catalogue.freshGtin();
        catalogue.publishedProduct(producer, member, gtin13);
        var created =
                http.postJson(
                        "/api/v1/producer/batches",
                        BatchJson.fishSauce(gtin13, "OFF-1"),
                        "Authorization",
                        member);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String lot = "/01/0" + gtin13 + "/10/OFF-1";

        try (var raw = new ResolverFastPathTest.Raw(server.getPort())) {
            var first = raw.exchange(ResolverFastPathTest.get(lot));
            var second = raw.exchange(ResolverFastPathTest.get(lot));
            assertThat(first.status()).isEqualTo(307);
            assertThat(second.headersWithoutDate()).isEqualTo(first.headersWithoutDate());
            assertThat(second.header("location")).isEqualTo("https://ocop.example.vn/trace" + lot);
        }
    }
}
