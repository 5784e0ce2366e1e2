package vn.ocop.traceability.epcis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The schema capture uses and the one the tests judge by are both GS1's 2.0.1 file, unchanged. */
class EpcisSchemaFilesTest {

    private static final String SHA_256 =
            "0f46ff694efffd8d8ce840a33dfde84228add11b516b8b258f3200740ae210af";

    private static String sha256(String resource) throws IOException, NoSuchAlgorithmException {
        try (InputStream in = EpcisSchemaFilesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        }
    }

    @Test
    void the_application_and_the_tests_carry_the_published_2_0_1_schema()
            throws IOException, NoSuchAlgorithmException {
        assertThat(sha256("/vn/ocop/traceability/epcis/epcis-json-schema-2.0.1.json"))
                .isEqualTo(SHA_256);
        assertThat(sha256("/epcis/epcis-json-schema-2.0.1.json")).isEqualTo(SHA_256);
    }

    @Test
    void the_application_validator_refuses_what_the_schema_refuses_and_says_where() {
        var schema = new EpcisSchema();
        String noAction =
                """
                {"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
                 "type":"EPCISDocument","schemaVersion":"2.0","creationDate":"2025-11-20T10:00:00Z",
                 "epcisBody":{"eventList":[{"type":"ObjectEvent","eventTime":"2025-11-20T10:00:00Z",
                   "eventTimeZoneOffset":"+07:00","epcList":["urn:epc:id:sgtin:893504.9500001.1"]}]}}
                """;
        var violations = schema.validate(EpcisJsonTestSupport.read(noAction));

        assertThat(SchemaCheck.violations(noAction)).isNotEmpty();
        assertThat(violations)
                .extracting(EpcisSchema.Violation::location, EpcisSchema.Violation::keyword)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("/epcisBody/eventList/0", "required"));
        assertThat(
                        schema.validate(
                                EpcisJsonTestSupport.read(
                                        noAction.replace(
                                                "\"epcList\"",
                                                "\"action\":\"OBSERVE\",\"epcList\""))))
                .isEmpty();
    }
}
