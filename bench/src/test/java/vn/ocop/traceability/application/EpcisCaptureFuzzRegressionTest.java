package vn.ocop.traceability.application;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs Jazzer found (bench/fuzz.sh epcis, 2026-11-22): bytes that Jackson's encoding detection
 * takes for UTF-32 made EventCapture throw an UncheckedIOException (a 500 over HTTP) instead of the
 * documented malformed-document refusal. Each must now end in a DomainException only.
 */
class EpcisCaptureFuzzRegressionTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "3400000020",
                "0000200034",
                "00200000",
                "0000000d2928",
                "0a00000072202c",
                "0a000000650000000000000000000000000000000000000000000000000000000000000000",
            })
    void bytes_taken_for_utf32_are_refused_as_a_malformed_document(String hex) {
        byte[] body = HexFormat.of().parseHex(hex);
        assertThatCode(() -> EpcisCaptureFuzz.fuzzerTestOneInput(body)).doesNotThrowAnyException();
    }
}
