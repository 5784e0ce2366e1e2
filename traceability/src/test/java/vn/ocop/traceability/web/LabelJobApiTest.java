package vn.ocop.traceability.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.traceability.web.BatchJson.fishSauce;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.testkit.QrScan;
import vn.ocop.testkit.WebClient;
import vn.ocop.traceability.application.LabelJobWorker;
import vn.ocop.traceability.labels.PdfLabels;

/**
 * A producer prints labels in the background: it posts a job, follows its progress to 100 % and
 * downloads the PDF, whose every QR code (rendered back page by page) reads as the expected Digital
 * Link.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.admin.email", value = "office@trace.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
@Property(name = "ocop.public-base-url", value = "https://ocop.example.vn")
class LabelJobApiTest {

    @Inject EmbeddedServer server;
    @Inject JdbcOperations jdbc;
    @Inject TransactionOperations<Connection> transactions;
    @Inject LabelJobWorker worker;

    @TempDir Path dir;

    WebClient http;
    String office;
    Catalogue catalogue;
    String member;
    String batchId;
    String batchLink;

    @BeforeEach
    void aBatchOfFishSauce() {
        http = new WebClient(server.getURI());
        office = "Bearer " + http.token("office@trace.test", "office-password-1");
        catalogue = new Catalogue(http, office);
        UUID producer = catalogue.verifiedCooperative("HTX Nước mắm Cát Hải");
        member = catalogue.memberOf(producer);
        String gtin = Catalogue.freshGtin();
        catalogue.publishedProduct(producer, member, gtin);
        var created =
                http.postJson(
                        "/api/v1/producer/batches",
                        fishSauce(gtin, "NM-2026/LB"),
                        "Authorization",
                        member);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        batchId = created.json().get("id").asText();
        batchLink = created.json().get("digitalLink").asText();
    }

    WebClient.Response post(String token, String body) {
        return http.postJson(
                "/api/v1/producer/batches/" + batchId + "/label-jobs",
                body,
                "Authorization",
                token);
    }

    /** Polls the job until it ends; returns the last state and every percent seen on the way. */
    record Finished(JsonNode job, List<Integer> percents) {}

    Finished await(String jobId) throws InterruptedException {
        List<Integer> percents = new ArrayList<>();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            var job = http.get("/api/v1/producer/label-jobs/" + jobId, "Authorization", member);
            assertThat(job.status()).as(job.body()).isEqualTo(200);
            JsonNode state = job.json();
            percents.add(state.get("percent").asInt());
            String status = state.get("status").asText();
            if (status.equals("SUCCEEDED") || status.equals("FAILED")) {
                return new Finished(state, percents);
            }
            Thread.sleep(150);
        }
        throw new AssertionError("Label job " + jobId + " did not finish");
    }

    Path download(String jobId) throws IOException {
        HttpResponse<byte[]> pdf =
                http.bytes(
                        "/api/v1/producer/label-jobs/" + jobId + "/file",
                        "Authorization",
                        member,
                        "Accept",
                        "application/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/pdf");
        Path file = dir.resolve(jobId + ".pdf");
        Files.write(file, pdf.body());
        return file;
    }

    List<String> unitLinks() {
        var serials =
                http.get(
                        "/api/v1/producer/batches/" + batchId + "/serials?limit=1000",
                        "Authorization",
                        member);
        return serials.json().get("serials").findValuesAsText("digitalLink");
    }

    static List<String> decoded(List<PdfLabels.Page> pages) {
        List<String> texts = new ArrayList<>();
        for (PdfLabels.Page page : pages) {
            for (QrScan.Symbol symbol : page.symbols()) {
                assertThat(symbol.quietZone())
                        .as("page %d: %s", page.number(), symbol)
                        .isGreaterThanOrEqualTo(4.0 - 1.0 / symbol.module());
                texts.add(symbol.text());
            }
        }
        return texts;
    }

    int jobRows() {
        return transactions.executeRead(
                s ->
                        jdbc.prepareStatement(
                                "SELECT count(*) FROM traceability.label_jobs WHERE batch_id = ?",
                                ps -> {
                                    ps.setObject(1, UUID.fromString(batchId));
                                    try (ResultSet rs = ps.executeQuery()) {
                                        rs.next();
                                        return rs.getInt(1);
                                    }
                                }));
    }

    @Test
    void two_hundred_new_serials_on_a4_sheets_reach_100_percent_and_every_code_reads_back()
            throws Exception {
        var created =
                post(member, "{\"template\":\"A4_3X8\",\"mode\":\"NEW_SERIALS\",\"quantity\":200}");

        assertThat(created.status()).as(created.body()).isEqualTo(202);
        String jobId = created.json().get("id").asText();
        assertThat(created.header("Location")).isEqualTo("/api/v1/producer/label-jobs/" + jobId);
        assertThat(created.json().get("total").asInt()).isEqualTo(200);

        Finished finished = await(jobId);

        assertThat(finished.job().get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(finished.job().get("done").asInt()).isEqualTo(200);
        assertThat(finished.job().get("percent").asInt()).isEqualTo(100);
        assertThat(finished.percents()).isSorted();
        List<PdfLabels.Page> pages = PdfLabels.read(download(jobId), 300);
        assertThat(pages).hasSize(9);
        List<String> expected = unitLinks();
        assertThat(expected)
                .hasSize(200)
                .allSatisfy(l -> assertThat(l).startsWith(batchLink + "/21/"));
        assertThat(decoded(pages)).containsExactlyElementsOf(expected);
        assertThat(pages.get(0).text()).contains("Nước mắm Cát Hải", "Lô: NM-2026/LB", "HSD:");
    }

    @Test
    void roll_labels_of_the_batch_code_and_of_each_serial_in_english() throws Exception {
        var issued =
                http.postJson(
                        "/api/v1/producer/batches/" + batchId + "/serials",
                        "{\"count\":12}",
                        "Authorization",
                        member);
        assertThat(issued.status()).isEqualTo(201);

        var batchJob = post(member, "{\"template\":\"ROLL_40X30_203DPI\",\"quantity\":3}");
        var unitJob =
                post(
                        member,
                        "{\"template\":\"roll_40x30_300dpi\",\"mode\":\"EACH_SERIAL\","
                                + "\"language\":\"en\",\"ecLevel\":\"Q\"}");
        assertThat(batchJob.status()).as(batchJob.body()).isEqualTo(202);
        assertThat(unitJob.status()).as(unitJob.body()).isEqualTo(202);
        assertThat(unitJob.json().get("total").asInt()).isEqualTo(12);

        String batchJobId = batchJob.json().get("id").asText();
        String unitJobId = unitJob.json().get("id").asText();
        assertThat(await(batchJobId).job().get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(await(unitJobId).job().get("status").asText()).isEqualTo("SUCCEEDED");

        List<PdfLabels.Page> rolls = PdfLabels.read(download(batchJobId), 203);
        assertThat(rolls).hasSize(3);
        for (PdfLabels.Page page : rolls) {
            assertThat(page.symbols())
                    .singleElement()
                    .satisfies(
                            s -> {
                                assertThat(s.text()).isEqualTo(batchLink);
                                // whole printer dots, each at least 0.396 mm
                                assertThat(s.module()).isEqualTo(Math.rint(s.module()));
                                assertThat(s.module() * 25.4 / 203).isGreaterThanOrEqualTo(0.396);
                                assertThat(s.quietZone()).isGreaterThanOrEqualTo(4.0);
                            });
        }
        List<PdfLabels.Page> units = PdfLabels.read(download(unitJobId), 300);
        assertThat(decoded(units)).containsExactlyElementsOf(unitLinks());
        assertThat(units.get(0).text())
                .contains("Cat Hai fish", "Lot: NM-2026/LB", "Expiry:", "Serial:");
    }

    @Test
    void bad_requests_are_refused_as_problems_and_nothing_is_saved() {
        UUID other = catalogue.verifiedCooperative("HTX Khác");
        String stranger = catalogue.memberOf(other);
        record Case(String token, String body, int status, String code) {}
        List<Case> cases =
                List.of(
                        new Case(
                                member,
                                "{\"template\":\"A5_2X2\",\"quantity\":5}",
                                422,
                                "traceability.unknown-template"),
                        new Case(member, "{\"quantity\":5}", 422, "traceability.unknown-template"),
                        new Case(
                                member,
                                "{\"template\":\"A4_3X8\",\"quantity\":0}",
                                422,
                                "traceability.invalid-label-quantity"),
                        new Case(
                                member,
                                "{\"template\":\"A4_3X8\",\"quantity\":10001}",
                                422,
                                "traceability.invalid-label-quantity"),
                        new Case(
                                member,
                                "{\"template\":\"A4_3X8\",\"mode\":\"NEW_SERIALS\",\"quantity\":20000}",
                                422,
                                "traceability.invalid-label-quantity"),
                        new Case(
                                member,
                                "{\"template\":\"A4_3X8\"}",
                                422,
                                "traceability.invalid-label-quantity"),
                        new Case(
                                member,
                                "{\"template\":\"A4_3X8\",\"quantity\":5,\"ecLevel\":\"X\"}",
                                400,
                                "traceability.invalid-ec-level"),
                        new Case(
                                member,
                                "{\"template\":\"A4_3X8\",\"quantity\":5,\"mode\":\"ALL\"}",
                                422,
                                "traceability.unknown-label-mode"),
                        new Case(
                                member,
                                "{\"template\":\"A4_3X8\",\"mode\":\"EACH_SERIAL\"}",
                                422,
                                "traceability.no-serials"),
                        new Case(
                                stranger,
                                "{\"template\":\"A4_3X8\",\"mode\":\"NEW_SERIALS\",\"quantity\":5}",
                                403,
                                "traceability.not-your-product"));
        for (Case c : cases) {
            var refused = post(c.token(), c.body());
            assertThat(refused.status()).as(c.body()).isEqualTo(c.status());
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.json().get("code").asText()).as(c.body()).isEqualTo(c.code());
        }
        var unknownBatch =
                http.postJson(
                        "/api/v1/producer/batches/" + UUID.randomUUID() + "/label-jobs",
                        "{\"template\":\"A4_3X8\",\"quantity\":5}",
                        "Authorization",
                        member);
        assertThat(unknownBatch.status()).isEqualTo(404);
        assertThat(jobRows()).isZero();
        var serials =
                http.get(
                        "/api/v1/producer/batches/" + batchId + "/serials",
                        "Authorization",
                        member);
        assertThat(serials.json().get("total").asInt()).isZero();
        assertThat(
                        http.get(
                                        "/api/v1/producer/label-jobs/" + UUID.randomUUID(),
                                        "Authorization",
                                        member)
                                .status())
                .isEqualTo(404);
    }

    @Test
    void someone_elses_job_does_not_exist_for_them() throws Exception {
        var created = post(member, "{\"template\":\"A4_4X10\",\"quantity\":2}");
        String jobId = created.json().get("id").asText();
        await(jobId);
        UUID other = catalogue.verifiedCooperative("HTX Khác");
        String stranger = catalogue.memberOf(other);

        assertThat(
                        http.get("/api/v1/producer/label-jobs/" + jobId, "Authorization", stranger)
                                .status())
                .isEqualTo(404);
        assertThat(
                        http.bytes(
                                        "/api/v1/producer/label-jobs/" + jobId + "/file",
                                        "Authorization",
                                        stranger,
                                        "Accept",
                                        "application/pdf")
                                .statusCode())
                .isEqualTo(404);
        assertThat(
                        http.get("/api/v1/producer/label-jobs/" + jobId, "Authorization", office)
                                .status())
                .isEqualTo(200);
    }

    @Test
    void a_job_interrupted_by_a_restart_is_printed_again() throws Exception {
        UUID jobId = UUID.randomUUID();
        OffsetDateTime longAgo = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(10);
        // as a crashed instance leaves it: running, half done, heartbeat long stopped
        transactions.executeWrite(
                s ->
                        jdbc.prepareStatement(
                                "INSERT INTO traceability.label_jobs (id, batch_id, producer_id,"
                                        + " requested_by, template, mode, ec_level, language, total,"
                                        + " done, status, created_at, started_at, heartbeat_at)"
                                        + " SELECT ?, id, producer_id, registered_by, 'A4_4X10',"
                                        + " 'BATCH', 'M', 'vi', 40, 20, 'RUNNING', ?, ?, ? FROM"
                                        + " traceability.batches WHERE id = ?",
                                ps -> {
                                    ps.setObject(1, jobId);
                                    ps.setObject(2, longAgo);
                                    ps.setObject(3, longAgo);
                                    ps.setObject(4, longAgo);
                                    ps.setObject(5, UUID.fromString(batchId));
                                    return ps.executeUpdate();
                                }));
        var notReady =
                http.bytes(
                        "/api/v1/producer/label-jobs/" + jobId + "/file",
                        "Authorization",
                        member,
                        "Accept",
                        "application/pdf");
        assertThat(notReady.statusCode()).isEqualTo(409);

        assertThat(worker.recover()).contains(jobId);

        Finished finished = await(jobId.toString());
        assertThat(finished.job().get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(finished.job().get("percent").asInt()).isEqualTo(100);
        List<PdfLabels.Page> pages = PdfLabels.read(download(jobId.toString()), 300);
        assertThat(decoded(pages)).hasSize(40).containsOnly(batchLink);
    }

    @Test
    void two_thousand_labels_are_written_and_streamed_from_the_data_directory() throws Exception {
        var created = post(member, "{\"template\":\"A4_4X10\",\"quantity\":2000}");
        assertThat(created.status()).as(created.body()).isEqualTo(202);
        String jobId = created.json().get("id").asText();

        Finished finished = await(jobId);

        assertThat(finished.job().get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(finished.job().get("done").asInt()).isEqualTo(2000);
        Path file = download(jobId);
        assertThat(Files.size(file)).isEqualTo(finished.job().get("fileSize").asLong());
        assertThat(PdfLabels.pageCount(file)).isEqualTo(50);
        List<PdfLabels.Page> last = PdfLabels.read(file, 300, 50, 50);
        assertThat(decoded(last)).hasSize(40).containsOnly(batchLink);
    }
}
