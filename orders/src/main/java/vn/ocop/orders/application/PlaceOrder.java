package vn.ocop.orders.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.ocop.orders.domain.Order;
import vn.ocop.orders.payment.PaymentMethod;

/**
 * A checkout: what to buy (lines, or the caller's cart when {@code lines} is absent), who receives
 * it, how it is delivered and paid.
 */
@Serdeable
public record PlaceOrder(
        @Nullable @Size(max = 100) List<@Valid @NotNull Line> lines,
        @Nullable UUID cartId,
        @NotNull @Valid Recipient recipient,
        @NotNull @Valid DeliveryChoice delivery,
        @NotNull PaymentMethod paymentMethod) {

    /** One variant and quantity; a lot when the buyer picked a batch, a date for a service. */
    @Serdeable
    public record Line(
            @NotBlank @Size(max = 64) String sku,
            @Positive @Max(999) long quantity,
            @Nullable @Size(max = 20) String lot,
            @Nullable LocalDate bookingDate) {}

    /** Who receives the goods; the phone also lets a guest track the order. */
    @Serdeable
    public record Recipient(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Pattern(regexp = "(\\+84|0)[0-9]{9,10}") String phone,
            @Nullable @Email @Size(max = 254) String email) {}

    /**
     * Home delivery to a Vietnamese address, or pickup at a sale point. {@code commune} is a
     * commune, ward or special zone of the province: its five-digit national code ("00070") or its
     * name ("Phường Hoàn Kiếm"); the order keeps its official name.
     */
    @Serdeable
    public record DeliveryChoice(
            @NotNull Order.DeliveryKind kind,
            @Nullable @Size(max = 100) String provinceCode,
            @Nullable @Size(max = 200) String commune,
            @Nullable @Size(max = 300) String street,
            @Nullable UUID salePointId) {}
}
