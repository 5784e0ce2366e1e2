package vn.ocop.orders.payment.web;

import io.micronaut.security.authentication.Authentication;
import vn.ocop.kernel.DomainException;
import vn.ocop.orders.payment.PayableOrder;
import vn.ocop.orders.payment.PaymentError;
import vn.ocop.platform.identity.api.Caller;

/**
 * Who may see an order's payment: its buyer's account, the office, or anyone who knows the order
 * number and the phone given at checkout (guests). Anyone else gets the same 404 as for a missing
 * order, so numbers cannot be probed.
 */
final class OrderAccess {

    private OrderAccess() {}

    static PayableOrder check(PayableOrder order, Authentication authentication, String phone) {
        if (authentication != null) {
            Caller caller = Caller.of(authentication);
            if (caller.isOffice() || caller.accountId().equals(order.buyerAccountId())) {
                return order;
            }
        }
        if (phone != null && samePhone(phone, order.buyerPhone())) {
            return order;
        }
        throw new DomainException(PaymentError.ORDER_NOT_FOUND, "No order " + order.number());
    }

    /** Compares the last nine digits, so 0912 345 678 and +84912345678 are the same phone. */
    static boolean samePhone(String given, String known) {
        if (known == null) {
            return false;
        }
        String a = given.replaceAll("[^0-9]", "");
        String b = known.replaceAll("[^0-9]", "");
        if (a.length() < 9 || b.length() < 9) {
            return false;
        }
        return a.substring(a.length() - 9).equals(b.substring(b.length() - 9));
    }
}
