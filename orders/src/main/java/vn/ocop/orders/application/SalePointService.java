package vn.ocop.orders.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import vn.ocop.catalog.api.PlacesApi;
import vn.ocop.catalog.api.ProductsApi;
import vn.ocop.orders.api.OrdersError;
import vn.ocop.orders.domain.SalePoint;
import vn.ocop.orders.persistence.JdbcLocations;
import vn.ocop.platform.identity.api.AccountView;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.identity.api.CreateAccount;
import vn.ocop.platform.identity.api.IdentityApi;
import vn.ocop.platform.identity.api.Role;

/**
 * The office registers sale points (each becomes a stock location) and their staff accounts, which
 * identity binds to the sale point.
 */
@Singleton
public class SalePointService {

    private final JdbcLocations locations;
    private final PlacesApi places;
    private final ProductsApi products;
    private final IdentityApi identity;
    private final Clock clock;

    SalePointService(
            JdbcLocations locations,
            PlacesApi places,
            ProductsApi products,
            IdentityApi identity,
            Clock clock) {
        this.locations = locations;
        this.places = places;
        this.products = products;
        this.identity = identity;
        this.clock = clock;
    }

    /** A sale point to register. */
    @Serdeable
    public record Register(
            @NotBlank @Size(max = 200) String name,
            @NotNull SalePoint.Level level,
            @NotNull SalePoint.Kind kind,
            @NotBlank @Size(max = 100) String provinceCode,
            @NotBlank @Size(max = 200) String commune,
            @NotBlank @Size(max = 300) String street,
            @NotBlank @Size(max = 200) String operatorName,
            @Nullable @Size(max = 20) String operatorPhone,
            @Nullable UUID producerId) {}

    @Transactional
    public SalePoint register(Caller office, Register r) {
        var province =
                places.resolve(r.provinceCode())
                        .orElseThrow(
                                () ->
                                        OrdersError.UNKNOWN_PROVINCE.refuse(
                                                "provinceCode", "Unknown province"));
        if (r.level() == SalePoint.Level.PRODUCER_OWNED) {
            if (r.producerId() == null || products.producer(r.producerId()).isEmpty()) {
                throw OrdersError.INVALID_FIELD.refuse(
                        "producerId", "A producer-owned sale point names its producer");
            }
        }
        SalePoint sp =
                new SalePoint(
                        UUID.randomUUID(),
                        r.name().strip(),
                        r.level(),
                        r.kind(),
                        province.code(),
                        r.commune().strip(),
                        r.street().strip(),
                        r.operatorName().strip(),
                        r.operatorPhone(),
                        r.producerId(),
                        true,
                        clock.instant(),
                        office.accountId(),
                        UUID.randomUUID());
        locations.addSalePoint(sp);
        return sp;
    }

    @ReadOnly
    public List<SalePoint> list() {
        return locations.salePoints();
    }

    @ReadOnly
    public SalePoint get(UUID id) {
        return locations
                .salePoint(id)
                .orElseThrow(() -> OrdersError.SALE_POINT_NOT_FOUND.exception("No sale point"));
    }

    /** A staff account to create for a sale point. */
    @Serdeable
    public record NewStaff(
            @Nullable String email,
            @Nullable String phone,
            @NotBlank @Size(max = 200) String displayName,
            @NotBlank @Size(min = 8, max = 72) String password) {}

    /** Creates a staff account bound to the sale point (identity checks the account fields). */
    @Transactional
    public AccountView addStaff(UUID salePointId, NewStaff s) {
        get(salePointId);
        return identity.createAccount(
                new CreateAccount(
                        s.email(),
                        s.phone(),
                        s.displayName(),
                        s.password(),
                        Role.SALE_POINT_STAFF,
                        null,
                        salePointId));
    }
}
