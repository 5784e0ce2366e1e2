/**
 * The consumer's catalogue pages: search with facets, product, producer. Server-rendered JTE,
 * enhanced by htmx (facets and paging without a full reload) and Alpine.js (autocomplete, gallery);
 * every link and form also works without JavaScript. Only the catalogue's {@code api} is used.
 */
package vn.ocop.storefront.pages;
