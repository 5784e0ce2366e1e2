/**
 * The shop pages: cart ({@code /gio-hang}), checkout ({@code /thanh-toan}), the VietQR payment page
 * that turns to "paid" by itself, order tracking ({@code /don-hang/{number}}), the consumer's
 * account with its orders ({@code /tai-khoan}) and a producer's fulfilments ({@code
 * /nha-san-xuat/don-hang}). Server-rendered JTE with htmx for the delivery fee and the payment
 * status; orders data only through {@link vn.ocop.orders.api.ShopApi}.
 */
package vn.ocop.storefront.shop;
