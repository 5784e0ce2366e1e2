package vn.ocop.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.kernel.DomainException;
import vn.ocop.orders.payment.PaymentMethod;

class OrderTest {

    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    final UUID warehouseA = UUID.randomUUID();
    final UUID warehouseB = UUID.randomUUID();

    Order anOrder(PaymentMethod method) {
        var a =
                new Fulfilment(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        warehouseA,
                        List.of(
                                new OrderLine(
                                        1, UUID.randomUUID(), "A-1", "A", 100, 2, null, null)),
                        FulfilmentStatus.AWAITING_PAYMENT,
                        null);
        var b =
                new Fulfilment(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        warehouseB,
                        List.of(new OrderLine(2, UUID.randomUUID(), "B-1", "B", 50, 1, null, null)),
                        FulfilmentStatus.AWAITING_PAYMENT,
                        null);
        return Order.place(
                UUID.randomUUID(),
                "OCOP-2026-000001",
                method,
                new Order.Buyer(null, "Mai", "0987654321", null),
                new Order.Delivery(Order.DeliveryKind.HOME, "ha-noi", "Ba Đình", "12", null),
                30,
                List.of(a, b),
                NOW,
                NOW.plusSeconds(1800));
    }

    private static String code(Throwable e) {
        return ((DomainException) e).errorCode().code();
    }

    @Test
    void cod_starts_confirmed_and_card_waits_for_payment_with_a_deadline() {
        var cod = anOrder(PaymentMethod.COD);
        var card = anOrder(PaymentMethod.CARD);

        assertThat(cod.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(cod.reservedUntil()).isNull();
        assertThat(cod.totalVnd()).isEqualTo(2 * 100 + 50 + 30);
        assertThat(card.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(card.reservedUntil()).isEqualTo(NOW.plusSeconds(1800));
        assertThat(card.fulfilments())
                .extracting(Fulfilment::status)
                .containsOnly(FulfilmentStatus.AWAITING_PAYMENT);
    }

    @Test
    void fulfilments_cannot_skip_steps_nor_move_before_payment() {
        var card = anOrder(PaymentMethod.CARD);
        UUID a = card.fulfilments().get(0).id();
        assertThatThrownBy(() -> card.pack(a))
                .satisfies(e -> assertThat(code(e)).isEqualTo("orders.invalid-transition"));

        var cod = anOrder(PaymentMethod.COD);
        UUID first = cod.fulfilments().get(0).id();
        assertThatThrownBy(() -> cod.ship(first, "T1")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> cod.deliver(first)).isInstanceOf(DomainException.class);
        cod.pack(first);
        assertThatThrownBy(() -> cod.pack(first)).isInstanceOf(DomainException.class);
    }

    @Test
    void cancelling_releases_every_reservation_but_not_after_something_shipped() {
        var order = anOrder(PaymentMethod.COD);
        order.drainTransitions();
        order.cancel("changed my mind");

        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.drainStockEffects())
                .extracting(StockEffect::kind, StockEffect::locationId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(StockEffect.Kind.RELEASE, warehouseA),
                        org.assertj.core.groups.Tuple.tuple(StockEffect.Kind.RELEASE, warehouseB));
        assertThat(order.drainTransitions()).hasSize(3);

        var shipped = anOrder(PaymentMethod.COD);
        UUID a = shipped.fulfilments().get(0).id();
        shipped.pack(a);
        shipped.ship(a, "T1");
        assertThatThrownBy(() -> shipped.cancel("too late")).isInstanceOf(DomainException.class);
    }

    @Test
    void a_cod_order_completes_when_every_fulfilment_is_delivered() {
        var order = anOrder(PaymentMethod.COD);
        for (Fulfilment f : order.fulfilments()) {
            order.pack(f.id());
            order.ship(f.id(), "T-" + f.id());
        }
        order.deliver(order.fulfilments().get(0).id());
        assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(order.settled()).isFalse();

        order.deliver(order.fulfilments().get(1).id());

        assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(order.settled()).isTrue();
        assertThat(order.drainStockEffects())
                .extracting(StockEffect::kind)
                .containsOnly(StockEffect.Kind.SHIP);
    }

    @Test
    void settling_twice_changes_nothing_and_refund_cancels_what_has_not_shipped() {
        var order = anOrder(PaymentMethod.VIETQR);
        assertThat(order.settle("p1")).isTrue();
        assertThat(order.settle("p1")).isFalse();
        UUID a = order.fulfilments().get(0).id();
        order.pack(a);
        order.ship(a, "T1");
        order.drainStockEffects();

        assertThat(order.refund("r1")).isTrue();
        assertThat(order.refund("r1")).isFalse();

        assertThat(order.status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(order.fulfilments().get(0).status()).isEqualTo(FulfilmentStatus.SHIPPED);
        assertThat(order.fulfilments().get(1).status()).isEqualTo(FulfilmentStatus.CANCELLED);
        assertThat(order.drainStockEffects())
                .singleElement()
                .satisfies(e -> assertThat(e.locationId()).isEqualTo(warehouseB));
    }

    @Test
    void an_unpaid_order_cannot_be_refunded() {
        var order = anOrder(PaymentMethod.CARD);
        assertThatThrownBy(() -> order.refund("r1")).isInstanceOf(DomainException.class);
    }
}
