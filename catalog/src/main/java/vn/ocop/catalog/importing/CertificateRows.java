package vn.ocop.catalog.importing;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.ocop.catalog.api.CertificateInput;
import vn.ocop.catalog.api.EvaluationLevel;
import vn.ocop.catalog.api.ListingStatus;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.catalog.api.ProductsApi;
import vn.ocop.catalog.api.VariantRef;
import vn.ocop.catalog.certificate.CertificateService;
import vn.ocop.catalog.product.ListingService;
import vn.ocop.kernel.DomainException;
import vn.ocop.kernel.VietnameseText;
import vn.ocop.platform.identity.api.Caller;

/**
 * Certificates, one per row: an evaluation round's result for a product named by its key (a SKU of
 * one of its variants, or its id) or by its name and producer. A decision already recorded for the
 * product is not recorded twice, so an exported catalogue (one row per variant) imports once.
 * "Listed: yes" also submits and publishes the listing, as the office does after a council round.
 */
@Singleton
class CertificateRows implements RowPlanner {

    private static final Map<String, EvaluationLevel> ABBREVIATIONS =
            Map.of(
                    "Cấp huyện", EvaluationLevel.DISTRICT,
                    "Cấp tỉnh", EvaluationLevel.PROVINCE,
                    "Cấp thành phố", EvaluationLevel.PROVINCE,
                    "Thành phố", EvaluationLevel.PROVINCE,
                    "Quốc gia", EvaluationLevel.NATIONAL,
                    "Cấp quốc gia", EvaluationLevel.NATIONAL,
                    "Trung ương", EvaluationLevel.NATIONAL);

    private final CertificateService certificates;
    private final ListingService listings;
    private final ProductsApi catalogue;
    private final ProducerMatcher producers;
    private final CatalogQueries queries;
    private final ImportMessages messages;
    private final InputCheck check;

    CertificateRows(
            CertificateService certificates,
            ListingService listings,
            ProductsApi catalogue,
            ProducerMatcher producers,
            CatalogQueries queries,
            ImportMessages messages,
            InputCheck check) {
        this.certificates = certificates;
        this.listings = listings;
        this.catalogue = catalogue;
        this.producers = producers;
        this.queries = queries;
        this.messages = messages;
        this.check = check;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.CERTIFICATES;
    }

    @Override
    public List<ImportUnit> plan(Sheet sheet, HeaderMap headers, Caller caller, Issues issues) {
        Choices<EvaluationLevel> levels =
                new Choices<>("level", EvaluationLevel.class, messages, ABBREVIATIONS);
        ProducerMatcher.Session producerNames = producers.session();
        Set<String> decisions = new HashSet<>();
        List<ImportUnit> units = new ArrayList<>();
        for (Sheet.Row row : sheet.rows()) {
            RowReader cells = new RowReader(row, headers, issues);
            UUID product = product(cells, producerNames);
            BigDecimal score = cells.decimal("score");
            Integer stars = cells.integer("stars");
            checkStars(cells, score, stars);
            EvaluationLevel level = cells.choice("level", levels);
            Integer year = cells.integer("roundYear");
            LocalDate decided = cells.date("decisionDate");
            LocalDate from = cells.date("validFrom");
            LocalDate until = cells.date("validUntil");
            boolean listed = Boolean.TRUE.equals(cells.yesNo(Columns.LISTED));
            String decision = cells.text("decisionNumber");
            if (!cells.ok() || product == null) {
                continue;
            }
            if (decision != null && !decisions.add(product + "|" + VietnameseText.fold(decision))) {
                continue; // the same decision on another variant's row of an exported sheet
            }
            CertificateInput input =
                    new CertificateInput(
                            year == null && decided != null ? decided.getYear() : year,
                            score,
                            level,
                            cells.text("authority"),
                            decision,
                            decided,
                            from,
                            until);
            int n = row.number();
            FieldSources sources = new FieldSources(n);
            for (String field :
                    List.of(
                            "roundYear",
                            "score",
                            "level",
                            "authority",
                            "decisionNumber",
                            "decisionDate",
                            "validFrom",
                            "validUntil")) {
                sources.put(field, n, field);
            }
            sources.put("productId", n, Columns.PRODUCT_KEY);
            units.add(
                    new ImportUnit(
                            List.of(n),
                            sources,
                            () -> save(caller, product, input, listed, sources)));
        }
        return units;
    }

    /** The stars, when written, must be those the score gives (by the configured bands). */
    private void checkStars(RowReader cells, BigDecimal score, Integer stars) {
        if (score == null) {
            return;
        }
        try {
            int expected = certificates.starsFor(score);
            if (stars != null && stars != expected) {
                cells.refuse("stars", ImportError.STARS_MISMATCH, Map.of("expected", expected));
            }
        } catch (DomainException outOfRange) {
            cells.refuse("score", outOfRange.errorCode(), Map.of());
        }
    }

    private UUID product(RowReader cells, ProducerMatcher.Session producerNames) {
        String key = cells.text(Columns.PRODUCT_KEY);
        if (key != null) {
            Optional<UUID> found = byKey(key);
            if (found.isEmpty()) {
                cells.refuse(Columns.PRODUCT_KEY, ImportError.UNKNOWN_PRODUCT, Map.of());
            }
            return found.orElse(null);
        }
        String name = cells.text(Columns.NAME);
        if (name == null) {
            cells.refuse(Columns.PRODUCT_KEY, ImportError.REQUIRED_VALUE, Map.of());
            return null;
        }
        List<UUID> candidates;
        if (cells.text(Columns.PRODUCERS) == null) {
            candidates = queries.productsByName(VietnameseText.fold(name));
        } else {
            List<UUID> makers = producerNames.resolve(cells, Columns.PRODUCERS);
            if (makers == null) {
                return null;
            }
            candidates =
                    makers.stream()
                            .flatMap(
                                    p ->
                                            queries
                                                    .productsByNameAndProducer(
                                                            VietnameseText.fold(name), p)
                                                    .stream())
                            .distinct()
                            .toList();
        }
        if (candidates.size() != 1) {
            cells.refuse(
                    Columns.NAME,
                    candidates.isEmpty()
                            ? ImportError.UNKNOWN_PRODUCT
                            : ImportError.AMBIGUOUS_PRODUCT,
                    Map.of());
            return null;
        }
        return candidates.get(0);
    }

    private Optional<UUID> byKey(String key) {
        try {
            UUID id = UUID.fromString(key);
            Optional<UUID> product = catalogue.product(id).map(ProductView::id);
            if (product.isPresent()) {
                return product;
            }
        } catch (IllegalArgumentException notAnId) {
            // a SKU, then
        }
        return catalogue.variantBySku(key).map(VariantRef::productId);
    }

    private ImportUnit.Outcome save(
            Caller caller,
            UUID product,
            CertificateInput input,
            boolean listed,
            FieldSources sources) {
        check.valid(input);
        boolean known =
                catalogue.certificates(product).stream()
                        .anyMatch(
                                c ->
                                        c.decisionNumber()
                                                .equalsIgnoreCase(input.decisionNumber().strip()));
        if (!known) {
            certificates.record(product, input);
        }
        boolean published = false;
        if (listed) {
            sources.fallbackColumn(Columns.LISTED);
            published = publish(caller, product);
        }
        if (!known) {
            return ImportUnit.Outcome.CREATED;
        }
        return published ? ImportUnit.Outcome.UPDATED : ImportUnit.Outcome.UNCHANGED;
    }

    /** Submits (if need be) and publishes the listing; false when it was published already. */
    private boolean publish(Caller caller, UUID product) {
        ListingStatus status = catalogue.product(product).orElseThrow().status();
        if (status == ListingStatus.PUBLISHED) {
            return false;
        }
        if (status != ListingStatus.SUBMITTED) {
            listings.submit(caller, product);
        }
        listings.publish(product);
        return true;
    }
}
