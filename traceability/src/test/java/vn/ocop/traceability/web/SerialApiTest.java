package vn.ocop.traceability.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.traceability.web.BatchJson.fishSauce;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.testkit.WebClient;
import vn.ocop.traceability.serials.SerialNumbers;
import vn.ocop.traceability.serials.UnitSerials;

/** A producer asks for unit serials of its batch, lists them and exports them. */
@MicronautTest(transactional = false)
@Property(name = "ocop.admin.email", value = "office@trace.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
@Property(name = "ocop.public-base-url", value = "https://ocop.example.vn")
class SerialApiTest {

    @Inject EmbeddedServer server;
    @Inject UnitSerials unitSerials;
    @Inject TransactionOperations<Connection> transactions;

    WebClient http;
    String office;
    Catalogue catalogue;

    @BeforeEach
    void logInTheOffice() {
        http = new WebClient(server.getURI());
        office = "Bearer " + http.token("office@trace.test", "office-password-1");
        catalogue = new Catalogue(http, office);
    }

    record Batch(String id, String gtin14, String member) {}

    Batch aBatch(String lot) {
        UUID producer = catalogue.verifiedCooperative("HTX Nước mắm Cát Hải");
        String member = catalogue.memberOf(producer);
        String gtin = Catalogue.freshGtin();
        catalogue.publishedProduct(producer, member, gtin);
        var created =
                http.postJson(
                        "/api/v1/producer/batches", fishSauce(gtin, lot), "Authorization", member);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new Batch(created.json().get("id").asText(), "0" + gtin, member);
    }

    WebClient.Response issue(Batch batch, String token, String body) {
        return http.postJson(
                "/api/v1/producer/batches/" + batch.id() + "/serials",
                body,
                "Authorization",
                token);
    }

    int total(Batch batch) {
        return http.get(
                        "/api/v1/producer/batches/" + batch.id() + "/serials",
                        "Authorization",
                        batch.member())
                .json()
                .get("total")
                .asInt();
    }

    @Test
    void a_member_gets_unique_unguessable_serials_with_unit_digital_links() {
        Batch batch = aBatch("NM-2026/07");

        var first = issue(batch, batch.member(), "{\"count\":300}");
        var second = issue(batch, batch.member(), "{\"count\":200}");

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        List<String> serials = new ArrayList<>();
        for (var response : List.of(first, second)) {
            for (JsonNode item : response.json().get("serials")) {
                String serial = item.get("serial").asText();
                assertThat(SerialNumbers.isWellFormed(serial)).as(serial).isTrue();
                assertThat(serial).doesNotContainPattern("[01OIL]");
                assertThat(item.get("digitalLink").asText())
                        .isEqualTo(
                                "https://ocop.example.vn/01/"
                                        + batch.gtin14()
                                        + "/10/NM-2026%2F07/21/"
                                        + serial);
                serials.add(serial);
            }
        }
        assertThat(serials).hasSize(500);
        assertThat(new HashSet<>(serials)).hasSize(500);
        assertThat(second.json().at("/serials/0/ordinal").asInt()).isEqualTo(301);

        var page =
                http.get(
                        "/api/v1/producer/batches/" + batch.id() + "/serials?offset=295&limit=10",
                        "Authorization",
                        batch.member());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("total").asInt()).isEqualTo(500);
        assertThat(page.json().get("serials").findValuesAsText("serial"))
                .containsExactlyElementsOf(serials.subList(295, 305));

        var csv =
                http.send(
                        http.builder(
                                        "/api/v1/producer/batches/"
                                                + batch.id()
                                                + "/serials/export",
                                        "Authorization",
                                        office,
                                        "Accept",
                                        "text/csv")
                                .GET());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines).hasSize(501);
        assertThat(lines[0]).isEqualTo("ordinal,serial,digital_link");
        assertThat(lines[500])
                .isEqualTo(
                        "500,"
                                + serials.get(499)
                                + ",https://ocop.example.vn/01/"
                                + batch.gtin14()
                                + "/10/NM-2026%2F07/21/"
                                + serials.get(499));
    }

    @Test
    void a_serial_is_stored_once_per_gtin_and_lot_and_a_clash_is_reported_not_stored() {
        Batch one = aBatch("NM-12");
        Batch other = aBatch("NM-12");
        UUID by = UUID.randomUUID();

        var clash =
                transactions.executeWrite(
                        status -> {
                            unitSerials.addNew(
                                    UUID.fromString(one.id()),
                                    one.gtin14(),
                                    "NM-12",
                                    1,
                                    List.of("ABCDEFGHJK"),
                                    by,
                                    Instant.now());
                            return unitSerials.addNew(
                                    UUID.fromString(one.id()),
                                    one.gtin14(),
                                    "NM-12",
                                    2,
                                    List.of("ABCDEFGHJK", "MNPQRSTUVW"),
                                    by,
                                    Instant.now());
                        });
        var elsewhere =
                transactions.executeWrite(
                        status ->
                                unitSerials.addNew(
                                        UUID.fromString(other.id()),
                                        other.gtin14(),
                                        "NM-12",
                                        1,
                                        List.of("ABCDEFGHJK"),
                                        by,
                                        Instant.now()));

        assertThat(clash).containsExactly("ABCDEFGHJK");
        assertThat(elsewhere).isEmpty();
        assertThat(total(one)).isEqualTo(2);
        assertThat(total(other)).isEqualTo(1);
    }

    @Test
    void bad_counts_are_refused_and_nothing_is_issued() {
        Batch batch = aBatch("NM-08");

        for (String body : List.of("{\"count\":0}", "{\"count\":10001}", "{}", "{\"count\":-5}")) {
            var refused = issue(batch, batch.member(), body);
            assertThat(refused.status()).as(body).isIn(400, 422);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
        var zero = issue(batch, batch.member(), "{\"count\":0}");
        assertThat(zero.json().get("code").asText()).isEqualTo("traceability.invalid-serial-count");
        assertThat(zero.json().at("/errors/0/field").asText()).isEqualTo("count");
        assertThat(total(batch)).isZero();
    }

    @Test
    void other_producers_consumers_and_strangers_get_nothing() {
        Batch ours = aBatch("NM-09");
        Batch theirs = aBatch("NM-10");
        String consumer = "Bearer " + http.consumerToken("buyer-" + UUID.randomUUID() + "@x.vn");

        var foreign = issue(ours, theirs.member(), "{\"count\":5}");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.json().get("code").asText()).isEqualTo("traceability.not-your-product");
        assertThat(issue(ours, consumer, "{\"count\":5}").status()).isEqualTo(403);
        assertThat(
                        http.postJson(
                                        "/api/v1/producer/batches/" + ours.id() + "/serials",
                                        "{\"count\":5}")
                                .status())
                .isEqualTo(401);
        assertThat(
                        http.get(
                                        "/api/v1/producer/batches/" + ours.id() + "/serials",
                                        "Authorization",
                                        theirs.member())
                                .status())
                .isEqualTo(403);
        var unknown =
                issue(
                        new Batch(UUID.randomUUID().toString(), ours.gtin14(), ours.member()),
                        ours.member(),
                        "{\"count\":5}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(total(ours)).isZero();
    }

    @Test
    void a_recalled_batch_gets_no_new_serials() {
        Batch batch = aBatch("NM-11");
        assertThat(issue(batch, batch.member(), "{\"count\":3}").status()).isEqualTo(201);
        var recalled =
                http.postJson(
                        "/api/v1/producer/batches/" + batch.id() + "/recall",
                        "{\"reason\":\"Nhiễm khuẩn\"}",
                        "Authorization",
                        batch.member());
        assertThat(recalled.status()).as(recalled.body()).isEqualTo(200);

        var refused = issue(batch, batch.member(), "{\"count\":3}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asText()).isEqualTo("traceability.batch-recalled");
        assertThat(total(batch)).isEqualTo(3);
    }
}
