/**
 * The GS1-conformant resolver (GS1 Digital Link 1.2, conformant resolver behaviour) at the root of
 * the public host: {@code /01/<gtin>[/10/<lot>[/21/<serial>]]} redirects to the consumer page, the
 * batch's EPCIS history or the OCOP certificate, or answers an RFC 9264 linkset; {@code
 * /.well-known/gs1resolver} describes it.
 */
package vn.ocop.traceability.resolver;
