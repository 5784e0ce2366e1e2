package vn.ocop.orders.application;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.ocop.catalog.api.ListingStatus;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.catalog.api.ProductsApi;
import vn.ocop.catalog.api.Regulation;
import vn.ocop.catalog.api.VariantRef;
import vn.ocop.catalog.api.VariantView;
import vn.ocop.kernel.FieldViolation;
import vn.ocop.orders.api.OrdersError;
import vn.ocop.traceability.api.SaleCheck;
import vn.ocop.traceability.api.TraceabilityApi;

/**
 * Whether a variant may be sold now, with a reason when not: published and visible, certified
 * (valid, 3★+), not tobacco online, a booking date for services, and a sellable batch when a lot is
 * named. Used by checkout and (the certificate and batch parts) by the sale point.
 */
@Singleton
public class Orderability {

    private final ProductsApi products;
    private final TraceabilityApi traceability;
    private final Clock clock;

    Orderability(ProductsApi products, TraceabilityApi traceability, Clock clock) {
        this.products = products;
        this.traceability = traceability;
        this.clock = clock;
    }

    /** A variant cleared for sale with its product. */
    public record Sellable(ProductView product, VariantView variant, UUID producerId) {}

    /** The verdict on one line: a sellable variant, or the violation that refuses it. */
    public record Verdict(Sellable sellable, FieldViolation refusal) {
        boolean ok() {
            return refusal == null;
        }
    }

    public Verdict online(String field, String sku, String lot, LocalDate bookingDate) {
        Optional<VariantRef> ref = products.variantBySku(sku);
        if (ref.isEmpty()) {
            return refuse(field + ".sku", OrdersError.UNKNOWN_VARIANT, "No variant " + sku);
        }
        Optional<ProductView> found = products.product(ref.get().productId());
        if (found.isEmpty()) {
            return refuse(field + ".sku", OrdersError.UNKNOWN_VARIANT, "No product for " + sku);
        }
        ProductView product = found.get();
        VariantView variant = ref.get().variant();
        LocalDate today = LocalDate.now(clock);
        if (product.status() != ListingStatus.PUBLISHED || !variant.active()) {
            return refuse(field + ".sku", OrdersError.NOT_PUBLISHED, sku + " is not published");
        }
        if (product.certificate() == null || !product.certificate().certifies(today)) {
            return refuse(
                    field + ".sku",
                    OrdersError.CERTIFICATE_NOT_VALID,
                    sku + ": the OCOP certificate is not valid");
        }
        if (!product.visible()) {
            return refuse(field + ".sku", OrdersError.NOT_PUBLISHED, sku + " is not on sale");
        }
        if (product.regulated() == Regulation.TOBACCO) {
            return refuse(field + ".sku", OrdersError.TOBACCO_NOT_SOLD_ONLINE, "Tobacco: " + sku);
        }
        if (product.service() && bookingDate == null) {
            return refuse(
                    field + ".bookingDate",
                    OrdersError.BOOKING_DATE_REQUIRED,
                    sku + " is a service and needs a booking date");
        }
        if (lot != null) {
            FieldViolation batch = batch(field + ".lot", variant, lot);
            if (batch != null) return new Verdict(null, batch);
        }
        return new Verdict(new Sellable(product, variant, producerOf(product)), null);
    }

    /** The refusal of a batch (unknown, recalled, expired), or null when it may be sold. */
    public FieldViolation batch(String field, VariantView variant, String lot) {
        if (variant.gtin() == null) {
            return OrdersError.BATCH_NOT_SELLABLE.at(field, "UNKNOWN_BATCH: no GTIN");
        }
        SaleCheck check = traceability.maySell(variant.gtin(), lot);
        if (check.allowed()) return null;
        String detail = check.detail() == null ? "" : ": " + check.detail();
        return OrdersError.BATCH_NOT_SELLABLE.at(field, check.refusal().name() + detail);
    }

    /** The producer that fulfils a product's orders: its first producer. */
    static UUID producerOf(ProductView product) {
        List<UUID> producers = product.producerIds();
        return producers.get(0);
    }

    private static Verdict refuse(String field, OrdersError code, String message) {
        return new Verdict(null, code.at(field, message));
    }
}
