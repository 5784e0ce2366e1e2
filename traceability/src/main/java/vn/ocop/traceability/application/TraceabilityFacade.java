package vn.ocop.traceability.application;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import vn.ocop.kernel.DomainException;
import vn.ocop.traceability.api.BatchView;
import vn.ocop.traceability.api.PublicBatch;
import vn.ocop.traceability.api.SaleCheck;
import vn.ocop.traceability.api.TraceabilityApi;
import vn.ocop.traceability.api.TraceabilityError;
import vn.ocop.traceability.domain.Batch;
import vn.ocop.traceability.domain.Batches;
import vn.ocop.traceability.domain.Gtin;

@Singleton
class TraceabilityFacade implements TraceabilityApi {

    private final Batches batches;
    private final BatchViews views;
    private final BatchReads reads;
    private final Clock clock;

    TraceabilityFacade(Batches batches, BatchViews views, BatchReads reads, Clock clock) {
        this.batches = batches;
        this.views = views;
        this.reads = reads;
        this.clock = clock;
    }

    @Override
    public Optional<PublicBatch> publicBatch(
            String gtin, String lot, String serial, Locale locale) {
        if (gtin == null || lot == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(reads.publicBatch(null, gtin, lot, serial, locale));
        } catch (DomainException e) {
            if (e.errorCode() == TraceabilityError.BATCH_NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    @ReadOnly
    public Optional<BatchView> batch(String gtin, String lot) {
        return find(gtin, lot).map(views::view);
    }

    @Override
    @ReadOnly
    public SaleCheck maySell(String gtin, String lot) {
        return find(gtin, lot)
                .map(batch -> batch.saleCheck(LocalDate.now(clock)))
                .orElseGet(
                        () -> SaleCheck.refused(SaleCheck.Refusal.UNKNOWN_BATCH, gtin + "/" + lot));
    }

    private Optional<Batch> find(String gtin, String lot) {
        if (lot == null) {
            return Optional.empty();
        }
        return Gtin.normalize(gtin).flatMap(g -> batches.byCode(g, lot));
    }
}
