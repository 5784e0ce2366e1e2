package vn.ocop.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CodesTest {

    @Test
    void order_numbers_are_readable_and_checked() {
        assertThat(new OrderNumber("OCOP-2026-000123").value()).isEqualTo("OCOP-2026-000123");
        assertThat(OrderNumber.isValid("OCOP-26-1")).isFalse();
        assertThatThrownBy(() -> new OrderNumber("ocop-2026-000123"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_batch_is_a_gtin_14_and_a_lot() {
        BatchCode batch = new BatchCode("08935049500018", "L2026-11");
        assertThat(batch.toString()).isEqualTo("08935049500018/L2026-11");
        assertThatThrownBy(() -> new BatchCode("8935049500018", "L1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BatchCode("08935049500018", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void skus_allow_only_safe_characters() {
        assertThat(VariantSku.isValid("NM-CATHAI-500ML")).isTrue();
        assertThat(VariantSku.isValid("nước mắm")).isFalse();
        assertThat(VariantSku.isValid("")).isFalse();
    }

    @Test
    void ids_round_trip_through_text() {
        ProductId id = ProductId.random();
        assertThat(ProductId.of(id.toString())).isEqualTo(id);
    }
}
