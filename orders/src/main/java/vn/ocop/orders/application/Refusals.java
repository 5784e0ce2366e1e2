package vn.ocop.orders.application;

import java.util.List;
import java.util.Map;
import vn.ocop.kernel.DomainException;
import vn.ocop.kernel.FieldViolation;
import vn.ocop.orders.api.OrdersError;

/** Several field refusals as one problem, coded by the first. */
final class Refusals {

    private Refusals() {}

    static DomainException of(List<FieldViolation> violations) {
        FieldViolation first = violations.get(0);
        OrdersError code = OrdersError.INVALID_FIELD;
        for (OrdersError e : OrdersError.values()) {
            if (e.code().equals(first.code())) code = e;
        }
        return new DomainException(code, first.message(), violations, Map.of());
    }
}
