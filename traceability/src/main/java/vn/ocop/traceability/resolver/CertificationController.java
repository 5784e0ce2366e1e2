package vn.ocop.traceability.resolver;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.transaction.annotation.ReadOnly;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.catalog.api.ProductsApi;
import vn.ocop.traceability.api.TraceabilityError;
import vn.ocop.traceability.application.LiveCertificate;
import vn.ocop.traceability.application.Scannable;
import vn.ocop.traceability.domain.Gtin;
import vn.ocop.traceability.epcis.EpcisJson;

/**
 * The target of {@code linkType=gs1:certificationInfo}: the product's OCOP certificate, read live
 * from the catalogue, as a GS1 Web Vocabulary {@code gs1:Product} with one {@code
 * gs1:CertificationDetails} in JSON-LD.
 */
@Controller("/api/v1/traceability/certification")
@Tag(name = "Traceability")
@Secured(SecurityRule.IS_ANONYMOUS)
class CertificationController {

    static final String LD_JSON = "application/ld+json";

    private final ProductsApi products;
    private final Clock clock;

    CertificationController(ProductsApi products, Clock clock) {
        this.products = products;
        this.clock = clock;
    }

    @Get("/01/{gtin}")
    @Produces({LD_JSON, "application/json"})
    @ReadOnly
    @Operation(summary = "A product's OCOP certificate as GS1 CertificationDetails (JSON-LD)")
    HttpResponse<String> certification(@PathVariable String gtin) {
        String gtin14 =
                Gtin.normalize(gtin)
                        .orElseThrow(() -> TraceabilityError.INVALID_GTIN.refuse("gtin"));
        ProductView product =
                products.variantByGtin(gtin14)
                        .flatMap(ref -> products.product(ref.productId()))
                        .filter(Scannable::product)
                        .orElseThrow(
                                () ->
                                        TraceabilityError.UNKNOWN_CODE.exception(
                                                "No published product has GTIN " + gtin14));
        LocalDate today = LocalDate.now(clock);
        LiveCertificate certificate =
                LiveCertificate.of(product, products.certificates(product.id()), today)
                        .orElseThrow(
                                () ->
                                        TraceabilityError.NO_CERTIFICATE.exception(
                                                "Product " + product.id() + " has none"));
        return HttpResponse.ok(document(gtin14, product, certificate).toString())
                .contentType(LD_JSON);
    }

    static ObjectNode document(String gtin14, ProductView product, LiveCertificate c) {
        ObjectNode root = EpcisJson.MAPPER.createObjectNode();
        ObjectNode context = root.putObject("@context");
        context.put("gs1", "https://gs1.org/voc/");
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        context.put("ocop", "https://ocop.gov.vn/voc/");
        root.put("@type", "gs1:Product");
        root.put("@id", "https://id.gs1.org/01/" + gtin14);
        root.put("gs1:gtin", gtin14);
        var names = root.putArray("gs1:productName");
        names.addObject().put("@value", product.nameVi()).put("@language", "vi");
        if (product.nameEn() != null) {
            names.addObject().put("@value", product.nameEn()).put("@language", "en");
        }
        ObjectNode details = root.putObject("gs1:certification");
        details.put("@type", "gs1:CertificationDetails");
        if (c.id() != null) {
            details.put("@id", "urn:uuid:" + c.id());
        }
        details.put(
                "gs1:certificationStandard",
                "OCOP – Chương trình Mỗi xã một sản phẩm (Quyết định 148/QĐ-TTg)");
        details.put("gs1:certificationAgency", c.authority());
        details.put("gs1:certificationIdentification", c.decisionNumber());
        details.put("gs1:certificationValue", c.stars() + "★");
        details.putObject("gs1:certificationStartDate")
                .put("@value", c.validFrom().toString())
                .put("@type", "xsd:date");
        details.putObject("gs1:certificationEndDate")
                .put("@value", c.validUntil().toString())
                .put("@type", "xsd:date");
        if (c.decisionDate() != null) {
            details.putObject("gs1:certificationAuditDate")
                    .put("@value", c.decisionDate().toString())
                    .put("@type", "xsd:date");
        }
        details.put("gs1:certificationStatus", c.status().name());
        details.put("ocop:stars", c.stars());
        details.put("ocop:roundYear", c.roundYear());
        if (c.level() != null) {
            details.put("ocop:evaluationLevel", c.level());
        }
        if (c.statusReason() != null) {
            details.put("ocop:statusReason", c.statusReason());
        }
        return root;
    }
}
