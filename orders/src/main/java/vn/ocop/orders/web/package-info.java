/**
 * REST API of orders: checkout and the buyer's orders ({@code /api/v1/orders}), carts ({@code
 * /api/v1/cart}), producers' fulfilments, stock and transfers ({@code /api/v1/producer/…}), sale
 * points and delivery fees for the office ({@code /api/v1/office/…}), sale-point staff ({@code
 * /api/v1/sale-point/…}).
 */
package vn.ocop.orders.web;
