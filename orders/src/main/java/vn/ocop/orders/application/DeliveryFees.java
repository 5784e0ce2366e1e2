package vn.ocop.orders.application;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.ocop.catalog.api.PlacesApi;
import vn.ocop.orders.api.OrdersError;
import vn.ocop.orders.persistence.JdbcDeliveryFees;

/** The office's delivery-fee table, replaced one province ({@code *}: all others) at a time. */
@Singleton
public class DeliveryFees {

    private final JdbcDeliveryFees fees;
    private final PlacesApi places;

    DeliveryFees(JdbcDeliveryFees fees, PlacesApi places) {
        this.fees = fees;
        this.places = places;
    }

    /** A weight band: parcels up to {@code maxWeightGrams} cost {@code feeVnd}. */
    @Serdeable
    public record Band(
            @Positive @Max(1_000_000) int maxWeightGrams,
            @PositiveOrZero @Max(100_000_000) long feeVnd) {}

    @ReadOnly
    public List<JdbcDeliveryFees.Band> all() {
        return fees.all();
    }

    @Transactional
    public List<JdbcDeliveryFees.Band> replace(String province, List<Band> bands) {
        String code =
                JdbcDeliveryFees.ANY_PROVINCE.equals(province)
                        ? province
                        : places.resolve(province)
                                .orElseThrow(
                                        () ->
                                                OrdersError.UNKNOWN_PROVINCE.refuse(
                                                        "provinceCode", "Unknown province"))
                                .code();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < bands.size(); i++) {
            if (!seen.add(bands.get(i).maxWeightGrams())) {
                throw OrdersError.INVALID_FIELD.refuse(
                        "[" + i + "].maxWeightGrams", "Each weight band once");
            }
        }
        fees.replace(
                code,
                bands.stream()
                        .map(b -> new JdbcDeliveryFees.Band(code, b.maxWeightGrams(), b.feeVnd()))
                        .toList());
        return fees.all().stream().filter(b -> b.provinceCode().equals(code)).toList();
    }
}
