/**
 * Shipping, receiving and retail-selling facts other modules report through the outbox, appended to
 * the EPCIS event log once each.
 */
package vn.ocop.traceability.movements;
