package vn.ocop.orders.payment.vietqr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ocop.kernel.Money;

/** Both vectors of {@code vietqr.json}: written character for character, read field by field. */
class VietQrVectorsTest {

    private static final AtomicInteger PASSED = new AtomicInteger();

    static JsonNode file() throws IOException {
        try (InputStream in = VietQrVectorsTest.class.getResourceAsStream("/vectors/vietqr.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    static Stream<Arguments> vectors() throws IOException {
        List<Arguments> vectors = new ArrayList<>();
        file().get("vectors").forEach(v -> vectors.add(Arguments.of(v.get("id").asText(), v)));
        return vectors.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void the_generator_reproduces_the_payload_from_the_generator_input(String id, JsonNode vector) {
        JsonNode in = vector.get("generator_input");
        VietQrRequest request =
                new VietQrRequest(
                        in.get("bank_bin").asText(),
                        in.get("account_number").asText(),
                        ServiceCode.fromCode(in.get("service_code").asText()),
                        in.get("amount").isNull()
                                ? null
                                : Money.vnd(Long.parseLong(in.get("amount").asText())),
                        text(in.get("bill_number")),
                        text(in.get("purpose")));

        assertThat(VietQr.generate(request)).isEqualTo(vector.get("payload").asText());
        PASSED.incrementAndGet();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void the_parser_yields_the_decoded_fields(String id, JsonNode vector) {
        JsonNode decoded = vector.get("decoded");
        JsonNode account = decoded.get("merchant_account_information_38");
        JsonNode organisation = account.get("beneficiary_organization_01");
        JsonNode additional = decoded.get("additional_data_62");

        VietQrPayload payload = VietQr.parse(vector.get("payload").asText());

        assertThat(payload.payloadFormat())
                .isEqualTo(decoded.get("payload_format_indicator_00").asText());
        assertThat(payload.initiation().code())
                .isEqualTo(decoded.get("point_of_initiation_method_01").asText());
        assertThat(payload.initiation().name().toLowerCase())
                .isEqualTo(decoded.get("qr_kind").asText());
        assertThat(payload.guid()).isEqualTo(account.get("guid_00").asText());
        assertThat(payload.bankBin()).isEqualTo(organisation.get("bank_bin_00").asText());
        assertThat(payload.beneficiary())
                .isEqualTo(organisation.get("account_or_card_number_01").asText());
        assertThat(payload.service().code()).isEqualTo(account.get("service_code_02").asText());
        assertThat(payload.currency()).isEqualTo(decoded.get("transaction_currency_53").asText());
        assertThat(payload.amount() == null ? null : Long.toString(payload.amount().vnd()))
                .isEqualTo(text(decoded.get("transaction_amount_54")));
        assertThat(payload.country()).isEqualTo(decoded.get("country_code_58").asText());
        assertThat(payload.billNumber())
                .isEqualTo(
                        additional.isNull() ? null : additional.get("bill_number_62_01").asText());
        assertThat(payload.purpose())
                .isEqualTo(
                        additional.isNull()
                                ? null
                                : additional.get("purpose_of_transaction_62_08").asText());
        assertThat(payload.crc()).isEqualTo(decoded.get("crc_63").asText());
        assertThat(vector.get("expect_valid").asBoolean()).isTrue();
        PASSED.incrementAndGet();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void the_tlv_reader_yields_the_tlv_tree(String id, JsonNode vector) {
        assertThat(tree(Tlv.parse(vector.get("payload").asText(), null), ""))
                .isEqualTo(expectedTree(vector.get("tlv"), ""));
        assertThat(vector.get("payload").asText()).hasSize(vector.get("payload_length").asInt());
    }

    @Test
    void the_crc_is_crc_16_ccitt_false_as_the_file_states() throws IOException {
        JsonNode algorithm = file().get("crc_algorithm");
        assertThat(algorithm.get("name").asText()).isEqualTo("CRC-16/CCITT-FALSE");
        assertThat(Crc16.of("123456789")).isEqualTo("29B1");
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    /**
     * Flattens a parsed TLV list into lines {@code path tag length value}, reading 38, 38/01, 62.
     */
    private static List<String> tree(List<Tlv> fields, String path) {
        List<String> lines = new ArrayList<>();
        for (Tlv t : fields) {
            String here = path + t.tag();
            lines.add(here + " " + t.value().length() + " " + t.value());
            if (List.of("38", "3801", "62").contains(here)) {
                lines.addAll(tree(Tlv.parse(t.value(), here), here));
            }
        }
        return lines;
    }

    private static List<String> expectedTree(JsonNode nodes, String path) {
        List<String> lines = new ArrayList<>();
        for (JsonNode n : nodes) {
            String here = path + n.get("tag").asText();
            lines.add(here + " " + n.get("length").asInt() + " " + n.get("value").asText());
            if (n.has("children")) {
                lines.addAll(expectedTree(n.get("children"), here));
            }
        }
        return lines;
    }

    @AfterAll
    static void report() {
        System.out.printf(
                "vietqr.json: %d of 4 checks (2 vectors x generate, parse) passed, 0 skipped%n",
                PASSED.get());
    }
}
