package vn.ocop.orders.application;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.ocop.orders.domain.Fulfilment;
import vn.ocop.orders.domain.Order;
import vn.ocop.orders.domain.OrderLine;
import vn.ocop.orders.domain.Orders;

/** An order as buyers, producers and the office read it. */
@Serdeable
public record OrderView(
        UUID id,
        String number,
        String status,
        String paymentMethod,
        boolean paid,
        long goodsVnd,
        long deliveryFeeVnd,
        long totalVnd,
        Instant placedAt,
        Instant reservedUntil,
        String recipientName,
        String recipientPhone,
        String delivery,
        String provinceCode,
        String commune,
        String street,
        UUID pickupSalePointId,
        List<FulfilmentView> fulfilments,
        List<TransitionView> history) {

    /**
     * What one producer may see of the order: its own fulfilments, and the order's history without
     * the steps of other producers' fulfilments.
     */
    public OrderView forProducer(UUID producer) {
        java.util.Set<UUID> own =
                fulfilments.stream()
                        .filter(f -> f.producerId().equals(producer))
                        .map(FulfilmentView::id)
                        .collect(java.util.stream.Collectors.toSet());
        return new OrderView(
                id,
                number,
                status,
                paymentMethod,
                paid,
                goodsVnd,
                deliveryFeeVnd,
                totalVnd,
                placedAt,
                reservedUntil,
                recipientName,
                recipientPhone,
                delivery,
                provinceCode,
                commune,
                street,
                pickupSalePointId,
                fulfilments.stream().filter(f -> own.contains(f.id())).toList(),
                history.stream()
                        .filter(t -> t.fulfilmentId() == null || own.contains(t.fulfilmentId()))
                        .toList());
    }

    @Serdeable
    public record FulfilmentView(
            UUID id,
            UUID producerId,
            String status,
            String trackingNumber,
            long goodsVnd,
            List<LineView> lines) {}

    @Serdeable
    public record LineView(
            String sku,
            UUID productId,
            String name,
            long unitPriceVnd,
            long quantity,
            long amountVnd,
            String lot,
            LocalDate bookingDate) {}

    @Serdeable
    public record TransitionView(
            UUID fulfilmentId, String from, String to, String actor, String note, Instant at) {}

    static OrderView of(Order o, List<Orders.TransitionRecord> history) {
        return new OrderView(
                o.id(),
                o.number(),
                o.status().name(),
                o.method().name(),
                o.settled(),
                o.goodsVnd(),
                o.deliveryFeeVnd(),
                o.totalVnd(),
                o.placedAt(),
                o.reservedUntil(),
                o.buyer().name(),
                o.buyer().phone(),
                o.delivery().kind().name(),
                o.delivery().provinceCode(),
                o.delivery().commune(),
                o.delivery().street(),
                o.delivery().pickupSalePointId(),
                o.fulfilments().stream().map(OrderView::fulfilment).toList(),
                history.stream()
                        .map(
                                t ->
                                        new TransitionView(
                                                t.fulfilmentId(),
                                                t.from(),
                                                t.to(),
                                                t.actor(),
                                                t.note(),
                                                t.at()))
                        .toList());
    }

    private static FulfilmentView fulfilment(Fulfilment f) {
        return new FulfilmentView(
                f.id(),
                f.producerId(),
                f.status().name(),
                f.trackingNumber(),
                f.goodsVnd(),
                f.lines().stream().map(OrderView::line).toList());
    }

    private static LineView line(OrderLine l) {
        return new LineView(
                l.variantSku(),
                l.productId(),
                l.name(),
                l.unitPriceVnd(),
                l.quantity(),
                l.amountVnd(),
                l.lot(),
                l.bookingDate());
    }
}
