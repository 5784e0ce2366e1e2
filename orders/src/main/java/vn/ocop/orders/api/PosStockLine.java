package vn.ocop.orders.api;

/** A variant's stock at the sale point. */
public record PosStockLine(
        String sku,
        String gtin,
        String nameVi,
        String nameEn,
        long unitPriceVnd,
        long onHand,
        long available) {}
