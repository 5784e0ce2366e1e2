package vn.ocop.orders.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.ocop.platform.identity.api.Caller;

/**
 * What the sale point's counter pages need of orders: the sale point, what a scanned code would
 * sell (and why it may not), the stock here, incoming transfers, and the sales recorded. Staff act
 * for their own sale point only (another one is {@link OrdersError#NOT_YOURS}, a 403); the office
 * for any. Sales themselves are recorded by the REST API the counter's script calls, through the
 * same service.
 */
public interface PosApi {

    /** The sale point, after checking that the caller may act for it. */
    PosSalePoint salePoint(Caller caller, UUID salePointId);

    /**
     * What a scanned code (GS1 Digital Link, element string or GTIN) would sell here: the variant,
     * its price and lot; {@code refusal} is set when it may not be sold (unknown, certificate not
     * valid, batch recalled, expired or unknown).
     */
    PosLine check(Caller caller, UUID salePointId, String code);

    /** Stock at the sale point, by variant, with names, GTINs and prices (also for offline use). */
    List<PosStockLine> stock(Caller caller, UUID salePointId);

    /** Transfers shipped to this sale point and not yet received. */
    List<PosTransfer> incoming(Caller caller, UUID salePointId);

    /** Receives a shipped transfer: its goods arrive in this sale point's stock. */
    void receive(Caller caller, UUID salePointId, UUID transferId);

    /** One recorded sale of this sale point, for its receipt. */
    Optional<PosReceipt> sale(Caller caller, UUID salePointId, UUID saleId);

    /** The latest sales of this sale point, newest first. */
    List<PosReceipt> recentSales(Caller caller, UUID salePointId, int limit);

    /**
     * The VietQR (EMVCo) payload for paying this amount at the counter with this reference, or
     * empty when no bank account is configured.
     */
    Optional<String> vietQr(long amountVnd, String reference);
}
