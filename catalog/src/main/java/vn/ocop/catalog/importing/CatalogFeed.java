package vn.ocop.catalog.importing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.ocop.catalog.api.EvaluationLevel;
import vn.ocop.catalog.api.LegalForm;

/**
 * The catalogue feed for external marketplaces (such as Vietnam Post's): every product that is
 * visible and may be sold online, with its variants (price in whole VND, GTIN-13 or -14),
 * producers, origin, stars and the certificate behind them. Tobacco, listed but never sold online,
 * is left out.
 */
@Serdeable
public record CatalogFeed(Instant generatedAt, String currency, int count, List<Product> products) {

    @Serdeable
    public record Product(
            UUID id,
            String nameVi,
            @Nullable String nameEn,
            String group,
            @Nullable String subgroup,
            String url,
            int stars,
            Certificate certificate,
            List<Producer> producers,
            List<Origin> origins,
            List<Variant> variants,
            boolean perishable,
            boolean service,
            Instant updatedAt) {}

    @Serdeable
    public record Variant(
            String sku,
            String nameVi,
            @Nullable String nameEn,
            long priceVnd,
            @Nullable String gtin,
            @Nullable Integer weightGrams) {}

    @Serdeable
    public record Producer(
            UUID id, String name, LegalForm legalForm, String provinceCode, String provinceName) {}

    @Serdeable
    public record Origin(
            String provinceCode, String provinceName, String commune, @Nullable String village) {}

    /** The OCOP certificate (giấy chứng nhận) that gives the stars. */
    @Serdeable
    public record Certificate(
            int roundYear,
            BigDecimal score,
            int stars,
            EvaluationLevel level,
            String authority,
            String decisionNumber,
            LocalDate decisionDate,
            LocalDate validFrom,
            LocalDate validUntil) {}
}
