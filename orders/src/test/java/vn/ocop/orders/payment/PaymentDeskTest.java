package vn.ocop.orders.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.kernel.DomainException;
import vn.ocop.orders.payment.TestPayableOrders.State;

/** Cash taken by hand: collected on delivery, or at a sale point's counter (POS). */
@MicronautTest(transactional = false)
@Property(name = "ocop.test.payable-orders", value = "double")
class PaymentDeskTest {

    @Inject Payments payments;
    @Inject TestPayableOrders orders;

    @Test
    void cash_at_the_counter_settles_once_per_sale_id_even_when_the_offline_queue_resends() {
        String number = orders.place(PaymentMethod.VIETQR, 45_000, null, "0977000111", null);
        UUID cashier = UUID.randomUUID();
        String sale = "pos-" + UUID.randomUUID();

        PaymentRecord first = payments.recordCash(number, 45_000, sale, cashier);
        PaymentRecord resent = payments.recordCash(number, 45_000, sale, cashier);

        assertThat(resent.id()).isEqualTo(first.id());
        assertThat(first.method()).isEqualTo(PaymentMethod.CASH);
        assertThat(first.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(first.recordedBy()).isEqualTo(cashier);
        assertThat(orders.row(number).settledTimes()).isEqualTo(1);
        assertThat(orders.row(number).state()).isEqualTo(State.CONFIRMED);
    }

    @Test
    void cash_of_the_wrong_amount_or_for_a_paid_order_is_refused_and_records_nothing() {
        String number = orders.place(PaymentMethod.VIETQR, 45_000, null, "0977000222", null);
        String sale = "pos-" + UUID.randomUUID();

        assertThatThrownBy(() -> payments.recordCash(number, 40_000, sale, UUID.randomUUID()))
                .isInstanceOf(DomainException.class);
        assertThat(payments.paymentsFor(number)).isEmpty();
        assertThat(payments.eventsFor(number)).isEmpty();

        payments.recordCash(number, 45_000, sale, UUID.randomUUID());
        assertThatThrownBy(
                        () -> payments.recordCash(number, 45_000, "pos-" + UUID.randomUUID(), null))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).errorCode())
                .isEqualTo(PaymentError.ALREADY_SETTLED);
        assertThatThrownBy(() -> payments.recordCash(number, 0, "x", null))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void cod_collected_settles_a_cod_order_once_and_refuses_other_methods() {
        String cod = orders.place(PaymentMethod.COD, 230_000, null, "0977000333", null);
        UUID courier = UUID.randomUUID();

        PaymentRecord collected = payments.codCollected(cod, courier, "Thu hộ bởi bưu tá");
        PaymentRecord again = payments.codCollected(cod, courier, null);

        assertThat(again.id()).isEqualTo(collected.id());
        assertThat(collected.amountVnd()).isEqualTo(230_000);
        assertThat(orders.row(cod).settled()).isTrue();
        assertThat(orders.row(cod).settledTimes()).isEqualTo(1);
        String card = orders.place(PaymentMethod.CARD, 1_000, null, "0977000444", null);
        assertThatThrownBy(() -> payments.codCollected(card, courier, null))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).errorCode())
                .isEqualTo(PaymentError.WRONG_METHOD);
        assertThatThrownBy(() -> payments.codCollected("OCOP-2026-999999", courier, null))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).errorCode())
                .isEqualTo(PaymentError.ORDER_NOT_FOUND);
    }
}
