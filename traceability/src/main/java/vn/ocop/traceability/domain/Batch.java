package vn.ocop.traceability.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import vn.ocop.traceability.api.SaleCheck;
import vn.ocop.traceability.api.TraceabilityError;

/**
 * A production batch (lô sản phẩm) of one catalogue variant, identified by its GTIN and lot code.
 *
 * <p>Invariants: the record keeps the rules of {@link BatchChecks} from registration on, and it
 * never changes afterwards except by lab test reports added later (checked by the same rules) and
 * by one recall, which needs a reason and cannot be undone or repeated. A batch may be sold until
 * its earliest expiry or best-before day, and never once recalled.
 */
public final class Batch {

    private final UUID id;
    private BatchContent content;
    private final UUID productId;
    private final String variantSku;
    private final UUID producerId;
    private final Instant registeredAt;
    private final UUID registeredBy;
    private Recall recall;

    private Batch(
            UUID id,
            BatchContent content,
            UUID productId,
            String variantSku,
            UUID producerId,
            Instant registeredAt,
            UUID registeredBy,
            Recall recall) {
        this.id = Objects.requireNonNull(id, "id");
        this.content = Objects.requireNonNull(content, "content");
        this.productId = Objects.requireNonNull(productId, "productId");
        this.variantSku = variantSku;
        this.producerId = Objects.requireNonNull(producerId, "producerId");
        this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
        this.registeredBy = Objects.requireNonNull(registeredBy, "registeredBy");
        this.recall = recall;
    }

    /**
     * Refuses content that breaks a rule, naming every refused field (422).
     *
     * @param today the producer's current day (Vietnamese time): nothing may have happened later
     */
    public static void requireValid(BatchContent content, LocalDate today) {
        Violations violations = new Violations();
        BatchChecks.check(content, today, violations);
        violations.throwIfAny();
    }

    /** A new batch of a catalogue variant, after the content passed {@link #requireValid}. */
    public static Batch register(
            UUID id,
            BatchContent content,
            UUID productId,
            String variantSku,
            UUID producerId,
            UUID registeredBy,
            Instant now,
            LocalDate today) {
        requireValid(content, today);
        String gtin = Gtin.normalize(content.gtin()).orElseThrow();
        return new Batch(
                id,
                content.withGtin(gtin),
                productId,
                variantSku,
                producerId,
                now,
                registeredBy,
                null);
    }

    /** A batch as stored; only persistence calls this, with content that was valid once. */
    public static Batch restore(
            UUID id,
            BatchContent content,
            UUID productId,
            String variantSku,
            UUID producerId,
            Instant registeredAt,
            UUID registeredBy,
            Recall recall) {
        return new Batch(
                id, content, productId, variantSku, producerId, registeredAt, registeredBy, recall);
    }

    /** Takes the batch off sale for good; the reason shows on every scan. */
    public void recall(String reason, UUID by, String byRole, Instant at) {
        if (recall != null) {
            throw TraceabilityError.ALREADY_RECALLED.exception(
                    "Batch " + gtin() + "/" + lot() + " was recalled at " + recall.at());
        }
        String why = Texts.clean(reason);
        if (why == null) {
            throw TraceabilityError.REQUIRED.refuse("reason");
        }
        if (why.length() > 1000) {
            throw TraceabilityError.TOO_LONG.refuse("reason");
        }
        recall = new Recall(why, at, by, byRole);
    }

    /**
     * Adds a lab's test report that arrived after registration; the batch's content with the new
     * report must still keep every rule (the report's fields are named {@code labTests[n].…}).
     *
     * @return the position of the new report among the batch's lab tests
     */
    public int addLabTest(LabTest test, LocalDate today) {
        if (recall != null) {
            throw TraceabilityError.BATCH_RECALLED.exception(
                    "Batch " + gtin() + "/" + lot() + " is recalled");
        }
        List<LabTest> tests = new ArrayList<>(content.labTests());
        tests.add(test);
        BatchContent next =
                new BatchContent(
                        content.gtin(),
                        content.lot(),
                        content.productionDate(),
                        content.expiryDate(),
                        content.bestBeforeDate(),
                        content.quantity(),
                        content.unit(),
                        content.productionSite(),
                        content.inputs(),
                        content.steps(),
                        tests,
                        content.retainedSample());
        Violations violations = new Violations();
        BatchChecks.labTestsOnly(next, today, violations);
        violations.throwIfAny();
        content = next;
        return tests.size() - 1;
    }

    /** The last day packs may be sold: the earlier of expiry and best-before. */
    public LocalDate lastSaleDay() {
        return Stream.of(content.expiryDate(), content.bestBeforeDate())
                .filter(Objects::nonNull)
                .min(LocalDate::compareTo)
                .orElseThrow();
    }

    public SaleCheck saleCheck(LocalDate today) {
        if (recall != null) {
            return SaleCheck.refused(SaleCheck.Refusal.RECALLED, recall.reason());
        }
        if (today.isAfter(lastSaleDay())) {
            return SaleCheck.refused(SaleCheck.Refusal.EXPIRED, lastSaleDay().toString());
        }
        return SaleCheck.allowedToSell();
    }

    public UUID id() {
        return id;
    }

    public BatchContent content() {
        return content;
    }

    public String gtin() {
        return content.gtin();
    }

    public String lot() {
        return content.lot();
    }

    public LocalDate productionDate() {
        return content.productionDate();
    }

    public LocalDate expiryDate() {
        return content.expiryDate();
    }

    public LocalDate bestBeforeDate() {
        return content.bestBeforeDate();
    }

    public BigDecimal quantity() {
        return content.quantity();
    }

    public QuantityUnit unit() {
        return content.unit();
    }

    public List<RawMaterialInput> inputs() {
        return content.inputs();
    }

    public List<ProcessStep> steps() {
        return content.steps();
    }

    public List<LabTest> labTests() {
        return content.labTests();
    }

    public UUID productId() {
        return productId;
    }

    public String variantSku() {
        return variantSku;
    }

    public UUID producerId() {
        return producerId;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public UUID registeredBy() {
        return registeredBy;
    }

    public Optional<Recall> recall() {
        return Optional.ofNullable(recall);
    }

    public boolean isRecalled() {
        return recall != null;
    }
}
