package vn.ocop.traceability.application;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.ocop.traceability.digitallink.DigitalLink;

/** The public host's GS1 Digital Link URIs ({@code ocop.public-base-url}). */
@Singleton
public class DigitalLinks {

    private final String publicBaseUrl;

    DigitalLinks(@Value("${ocop.public-base-url}") String publicBaseUrl) {
        this.publicBaseUrl = publicBaseUrl;
    }

    public String forBatch(String gtin14, String lot) {
        return DigitalLink.forBatch(publicBaseUrl, gtin14, lot);
    }

    public String forUnit(String gtin14, String lot, String serial) {
        return DigitalLink.forUnit(publicBaseUrl, gtin14, lot, serial);
    }
}
