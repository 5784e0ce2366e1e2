/**
 * Plain-Java aggregates of orders: {@link vn.ocop.orders.domain.Order} with its fulfilments (the
 * state machine, refusing invalid transitions with a 409 problem), {@link
 * vn.ocop.orders.domain.Transfer}, sale points. No framework imports.
 */
package vn.ocop.orders.domain;
