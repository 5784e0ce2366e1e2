package vn.ocop.catalog.api;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A product with everything its page shows. {@code visible} says whether the public catalogue shows
 * it now: published, certified (valid, 3★+), and every producer verified.
 */
@Serdeable
public record ProductView(
        UUID id,
        String nameVi,
        String nameEn,
        String descriptionVi,
        String descriptionEn,
        String group,
        String subgroup,
        List<UUID> producerIds,
        List<OriginView> origins,
        List<VariantView> variants,
        Regulation regulated,
        String declarationNumber,
        boolean perishable,
        Integer shelfLifeDays,
        boolean service,
        ListingStatus status,
        String statusReason,
        CertificateView certificate,
        boolean visible,
        Instant publishedAt,
        Instant updatedAt,
        List<ImageView> images) {

    /** Tobacco is listed but never sold online. */
    public boolean sellableOnline() {
        return visible && regulated != Regulation.TOBACCO;
    }
}
