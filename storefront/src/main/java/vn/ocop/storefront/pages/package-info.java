/**
 * The consumer's catalogue pages: search with facets, product, producer, and the scan page behind
 * every QR code ({@code /trace/01/{gtin}/10/{lot}}). Server-rendered JTE, enhanced by htmx (facets
 * and paging without a full reload) and Alpine.js (autocomplete, gallery); every link and form also
 * works without JavaScript. Only the catalogue's and traceability's {@code api} are used.
 */
package vn.ocop.storefront.pages;
