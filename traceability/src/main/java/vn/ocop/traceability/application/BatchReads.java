package vn.ocop.traceability.application;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import vn.ocop.catalog.api.PlacesApi;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.catalog.api.ProductsApi;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.traceability.api.PublicBatch;
import vn.ocop.traceability.api.TraceabilityError;
import vn.ocop.traceability.domain.Batch;
import vn.ocop.traceability.domain.Batches;
import vn.ocop.traceability.domain.Gtin;
import vn.ocop.traceability.domain.Recall;
import vn.ocop.traceability.epcis.EpcisDocuments;
import vn.ocop.traceability.epcis.EventLog;

/**
 * What anyone may read about a batch of a product the public catalogue shows: the page basics and
 * the EPCIS history. A batch of a hidden product (draft, uncertified, suspended producer) is read
 * only by its producer's members and the office; to everyone else it does not exist (404).
 */
@Singleton
public class BatchReads {

    private final Batches batches;
    private final EventLog events;
    private final ProductsApi products;
    private final DigitalLinks links;
    private final PlacesApi places;
    private final Clock clock;

    BatchReads(
            Batches batches,
            EventLog events,
            ProductsApi products,
            DigitalLinks links,
            PlacesApi places,
            Clock clock) {
        this.batches = batches;
        this.events = events;
        this.products = products;
        this.links = links;
        this.places = places;
        this.clock = clock;
    }

    /**
     * The scan page's data, read live: the certificate's status is the catalogue's at this moment.
     *
     * @param caller null for an anonymous visitor
     * @param serial the unit's serial when the code carried one, else null
     * @param locale the visitor's language (English, else Vietnamese)
     */
    @ReadOnly
    public PublicBatch publicBatch(
            Caller caller, String gtin, String lot, String serial, Locale locale) {
        Batch batch = readable(caller, gtin, lot);
        PageTexts texts = PageTexts.of(locale);
        ProductView product = products.product(batch.productId()).orElseThrow();
        Recall recall = batch.recall().orElse(null);
        LocalDate today = LocalDate.now(clock);
        PublicBatch.Certificate certificate =
                LiveCertificate.of(product, products.certificates(product.id()), today)
                        .map(c -> certificate(c, texts))
                        .orElse(null);
        PublicBatch.Image image =
                product.images() == null || product.images().isEmpty()
                        ? null
                        : new PublicBatch.Image(
                                product.images().get(0).url(),
                                product.images().get(0).thumbnailUrl(),
                                product.images().get(0).width(),
                                product.images().get(0).height());
        List<PublicBatch.Producer> producers =
                product.producerIds().stream()
                        .map(products::producer)
                        .flatMap(Optional::stream)
                        .map(
                                p ->
                                        new PublicBatch.Producer(
                                                p.id(),
                                                p.name(),
                                                p.provinceCode(),
                                                provinceName(p.provinceCode(), texts),
                                                p.address()))
                        .toList();
        List<PublicBatch.Origin> origins =
                product.origins() == null
                        ? List.of()
                        : product.origins().stream()
                                .map(
                                        o ->
                                                new PublicBatch.Origin(
                                                        o.provinceCode(),
                                                        provinceName(o.provinceCode(), texts),
                                                        o.commune(),
                                                        o.village()))
                                .toList();
        List<PublicBatch.LabTest> labTests =
                batch.labTests().stream()
                        .map(
                                t ->
                                        new PublicBatch.LabTest(
                                                t.lab(),
                                                t.reportNumber(),
                                                t.date(),
                                                t.results().stream()
                                                        .map(
                                                                r ->
                                                                        new PublicBatch.LabResult(
                                                                                r.name(), r.value(),
                                                                                r.text(), r.unit()))
                                                        .toList()))
                        .toList();
        List<PublicBatch.TimelineEntry> timeline =
                events.ofBatch(batch.id(), batch.gtin(), batch.lot()).stream()
                        .filter(e -> !e.has("errorDeclaration"))
                        .map(e -> Timeline.entry(e, texts))
                        .toList();
        String productName =
                texts.english() && product.nameEn() != null ? product.nameEn() : product.nameVi();
        return new PublicBatch(
                texts.language(),
                batch.gtin(),
                batch.lot(),
                serial,
                serial == null
                        ? links.forBatch(batch.gtin(), batch.lot())
                        : links.forUnit(batch.gtin(), batch.lot(), serial),
                product.id(),
                productName,
                product.nameVi(),
                product.nameEn(),
                image,
                producers,
                origins,
                batch.productionDate(),
                batch.expiryDate(),
                batch.bestBeforeDate(),
                certificate,
                labTests,
                timeline,
                recall != null,
                recall == null ? null : recall.reason(),
                recall == null ? null : recall.at(),
                recall == null
                        ? null
                        : new PublicBatch.RecallBanner(
                                texts.text("recall.title"),
                                texts.text("recall.message", batch.lot(), recall.reason())),
                texts.labels());
    }

    /** The Vietnamese-default page for callers that do not say which language. */
    @ReadOnly
    public PublicBatch publicBatch(Caller caller, String gtin, String lot) {
        return publicBatch(caller, gtin, lot, null, null);
    }

    private static PublicBatch.Certificate certificate(LiveCertificate c, PageTexts texts) {
        String label = texts.text("certificate." + c.status().name());
        return new PublicBatch.Certificate(
                c.stars(),
                c.status().name(),
                label,
                c.valid(),
                c.validFrom(),
                c.validUntil(),
                c.authority(),
                c.decisionNumber(),
                texts.text("certificate.summary", c.stars(), label, c.validUntil().toString()));
    }

    private String provinceName(String code, PageTexts texts) {
        if (code == null) {
            return null;
        }
        return places.province(code)
                .map(p -> texts.english() ? p.nameEn() : p.nameVi())
                .orElse(null);
    }

    /** The batch's history as an EPCIS 2.0 document, oldest event first. */
    @ReadOnly
    public ObjectNode epcis(Caller caller, String gtin, String lot) {
        Batch batch = readable(caller, gtin, lot);
        return EpcisDocuments.document(
                events.ofBatch(batch.id(), batch.gtin(), batch.lot()), clock.instant());
    }

    private Batch readable(Caller caller, String gtin, String lot) {
        Batch batch =
                Gtin.normalize(gtin)
                        .flatMap(g -> batches.byCode(g, lot))
                        .orElseThrow(
                                () ->
                                        TraceabilityError.BATCH_NOT_FOUND.exception(
                                                "No batch " + gtin + "/" + lot));
        boolean insider = caller != null && caller.mayActForProducer(batch.producerId());
        boolean visible = products.product(batch.productId()).map(Scannable::product).orElse(false);
        if (!insider && !visible) {
            throw TraceabilityError.BATCH_NOT_FOUND.exception("No batch " + gtin + "/" + lot);
        }
        return Objects.requireNonNull(batch);
    }
}
