package vn.ocop.storefront.pos;

import java.util.List;
import vn.ocop.orders.api.PosReceipt;
import vn.ocop.orders.api.PosSalePoint;
import vn.ocop.orders.api.PosStockLine;
import vn.ocop.orders.api.PosTransfer;

/**
 * The counter page's data.
 *
 * @param notice a message key to show once (a transfer received, an error), or null
 */
public record PosPage(
        PosSalePoint salePoint,
        List<PosStockLine> stock,
        List<PosTransfer> incoming,
        List<PosReceipt> recent,
        String notice,
        boolean noticeIsError,
        boolean vietQrConfigured) {}
