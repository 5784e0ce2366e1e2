package vn.ocop.orders.application;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.ocop.catalog.api.ProducerView;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.catalog.api.ProductsApi;
import vn.ocop.catalog.api.VariantRef;
import vn.ocop.orders.api.OrdersError;
import vn.ocop.orders.api.PosApi;
import vn.ocop.orders.api.PosLine;
import vn.ocop.orders.api.PosReceipt;
import vn.ocop.orders.api.PosRefusal;
import vn.ocop.orders.api.PosSalePoint;
import vn.ocop.orders.api.PosStockLine;
import vn.ocop.orders.api.PosTransfer;
import vn.ocop.orders.domain.SalePoint;
import vn.ocop.orders.domain.ScannedCode;
import vn.ocop.orders.domain.Transfer;
import vn.ocop.orders.payment.VietQrPayments;
import vn.ocop.orders.persistence.JdbcLocations;
import vn.ocop.orders.persistence.JdbcPosSales;
import vn.ocop.orders.persistence.JdbcTransfers;
import vn.ocop.orders.persistence.StockLedger;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.traceability.api.SaleCheck;
import vn.ocop.traceability.api.TraceabilityApi;

/**
 * {@link PosApi} over the existing services: the sale point's access rule and stock come from
 * {@link StockService}, a scanned code is judged by the same rules {@link PosSales} applies when
 * the sale is recorded (certificate valid today, batch sellable by traceability).
 */
@Singleton
class PosDesk implements PosApi {

    private final StockService stock;
    private final StockLedger ledger;
    private final JdbcLocations locations;
    private final JdbcTransfers transfers;
    private final JdbcPosSales sales;
    private final ProductsApi products;
    private final TraceabilityApi traceability;
    private final VietQrPayments vietQr;
    private final PosSalePayments counterSales;
    private final Clock clock;

    PosDesk(
            StockService stock,
            StockLedger ledger,
            JdbcLocations locations,
            JdbcTransfers transfers,
            JdbcPosSales sales,
            ProductsApi products,
            TraceabilityApi traceability,
            VietQrPayments vietQr,
            PosSalePayments counterSales,
            Clock clock) {
        this.stock = stock;
        this.ledger = ledger;
        this.locations = locations;
        this.transfers = transfers;
        this.sales = sales;
        this.products = products;
        this.traceability = traceability;
        this.vietQr = vietQr;
        this.counterSales = counterSales;
        this.clock = clock;
    }

    @Override
    @ReadOnly
    public PosSalePoint salePoint(Caller caller, UUID salePointId) {
        SalePoint sp = stock.salePoint(caller, salePointId);
        return new PosSalePoint(sp.id(), sp.name(), address(sp));
    }

    @Override
    @ReadOnly
    public PosLine check(Caller caller, UUID salePointId, String code) {
        stock.salePoint(caller, salePointId);
        Optional<ScannedCode> scanned = ScannedCode.parse(code);
        if (scanned.isEmpty()) {
            return refused(code, null, null, null, PosRefusal.UNREADABLE_CODE, null);
        }
        ScannedCode s = scanned.get();
        Optional<VariantRef> ref = products.variantByGtin(s.gtin());
        Optional<ProductView> product = ref.flatMap(r -> products.product(r.productId()));
        if (product.isEmpty()) {
            return refused(code, s.gtin(), s.lot(), s.serial(), PosRefusal.UNKNOWN_PRODUCT, null);
        }
        var variant = ref.get().variant();
        ProductView p = product.get();
        PosRefusal refusal = null;
        String detail = null;
        LocalDate today = LocalDate.now(clock);
        if (p.certificate() == null || !p.certificate().certifies(today)) {
            refusal = PosRefusal.CERTIFICATE_NOT_VALID;
            detail = p.certificate() == null ? null : p.certificate().validUntil().toString();
        } else if (s.lot() != null) {
            SaleCheck check =
                    variant.gtin() == null
                            ? SaleCheck.refused(SaleCheck.Refusal.UNKNOWN_BATCH, null)
                            : traceability.maySell(variant.gtin(), s.lot());
            if (!check.allowed()) {
                refusal = PosRefusal.valueOf(check.refusal().name());
                detail = check.detail();
            }
        }
        return new PosLine(
                code,
                p.id(),
                variant.sku(),
                variant.gtin(),
                s.lot(),
                s.serial(),
                p.nameVi() + " — " + variant.nameVi(),
                english(p, variant),
                variant.priceVnd(),
                refusal,
                detail);
    }

    @Override
    @ReadOnly
    public List<PosStockLine> stock(Caller caller, UUID salePointId) {
        SalePoint sp = stock.salePoint(caller, salePointId);
        List<PosStockLine> out = new ArrayList<>();
        for (StockLedger.Level level : ledger.levelsAt(sp.locationId())) {
            Optional<VariantRef> ref = products.variantBySku(level.sku());
            Optional<ProductView> p = ref.flatMap(r -> products.product(r.productId()));
            String vi = p.map(x -> x.nameVi() + " — " + ref.get().variant().nameVi()).orElse("");
            String en = p.map(x -> english(x, ref.get().variant())).orElse("");
            out.add(
                    new PosStockLine(
                            level.sku(),
                            ref.map(r -> r.variant().gtin()).orElse(null),
                            vi,
                            en,
                            ref.map(r -> r.variant().priceVnd()).orElse(0L),
                            level.onHand(),
                            level.available()));
        }
        return out;
    }

    @Override
    @Transactional
    public List<PosTransfer> incoming(Caller caller, UUID salePointId) {
        SalePoint sp = stock.salePoint(caller, salePointId);
        List<PosTransfer> out = new ArrayList<>();
        for (UUID id : transfers.shippedTo(sp.locationId())) {
            Transfer t = transfers.lock(id).orElseThrow();
            String producer = products.producer(t.producerId()).map(ProducerView::name).orElse("");
            List<PosTransfer.Line> lines = new ArrayList<>();
            for (Transfer.Line l : t.lines()) {
                Optional<VariantRef> ref = products.variantBySku(l.sku());
                Optional<ProductView> p = ref.flatMap(r -> products.product(r.productId()));
                lines.add(
                        new PosTransfer.Line(
                                l.sku(),
                                p.map(x -> x.nameVi() + " — " + ref.get().variant().nameVi())
                                        .orElse(l.sku()),
                                p.map(x -> english(x, ref.get().variant())).orElse(l.sku()),
                                l.lot(),
                                l.quantity()));
            }
            out.add(new PosTransfer(t.id(), producer, t.createdAt(), lines));
        }
        return out;
    }

    @Override
    @Transactional
    public void receive(Caller caller, UUID salePointId, UUID transferId) {
        SalePoint sp = stock.salePoint(caller, salePointId);
        Transfer t =
                transfers
                        .lock(transferId)
                        .filter(x -> x.toLocation().equals(sp.locationId()))
                        .orElseThrow(() -> OrdersError.TRANSFER_NOT_FOUND.exception("No transfer"));
        stock.receive(caller, t.id());
    }

    @Override
    @ReadOnly
    public Optional<PosReceipt> sale(Caller caller, UUID salePointId, UUID saleId) {
        SalePoint sp = stock.salePoint(caller, salePointId);
        return sales.byId(saleId)
                .filter(s -> s.salePointId().equals(sp.id()))
                .map(s -> receipt(sp, s));
    }

    @Override
    @ReadOnly
    public List<PosReceipt> recentSales(Caller caller, UUID salePointId, int limit) {
        SalePoint sp = stock.salePoint(caller, salePointId);
        int bounded = Math.max(1, Math.min(limit, 200));
        return sales.latestAt(sp.id(), bounded).stream()
                .map(id -> receipt(sp, sales.byId(id).orElseThrow()))
                .toList();
    }

    @Override
    public Optional<String> vietQr(long amountVnd, String reference) {
        return vietQr.counterPayload(amountVnd, reference);
    }

    private PosReceipt receipt(SalePoint sp, JdbcPosSales.Sale s) {
        var state = counterSales.state(s);
        return new PosReceipt(
                s.id(),
                s.number(),
                sp.id(),
                sp.name(),
                address(sp),
                s.paymentMethod(),
                s.totalVnd(),
                s.soldAt(),
                s.lines().stream()
                        .map(
                                l ->
                                        new PosReceipt.Line(
                                                l.name(),
                                                l.sku(),
                                                l.lot(),
                                                l.serial(),
                                                l.unitPriceVnd(),
                                                l.quantity()))
                        .toList(),
                state,
                counterSales.payload(s, state));
    }

    private static PosLine refused(
            String code, String gtin, String lot, String serial, PosRefusal why, String detail) {
        return new PosLine(code, null, null, gtin, lot, serial, null, null, 0, why, detail);
    }

    private static String english(ProductView p, vn.ocop.catalog.api.VariantView v) {
        String product = p.nameEn() == null || p.nameEn().isBlank() ? p.nameVi() : p.nameEn();
        String variant = v.nameEn() == null || v.nameEn().isBlank() ? v.nameVi() : v.nameEn();
        return product + " — " + variant;
    }

    private static String address(SalePoint sp) {
        return sp.street() + ", " + sp.commune();
    }
}
