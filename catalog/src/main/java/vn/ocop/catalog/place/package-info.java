/**
 * Places as reference data: the 34 provincial-level units in force since 1 July 2025 (Resolution
 * 202/2025/QH15), the 63 units they replaced and common spellings, all seeded by migration and
 * served read-only through {@link vn.ocop.catalog.api.PlacesApi}; the 3,321 communes, wards and
 * special zones of those provinces through {@link vn.ocop.catalog.api.CommunesApi}, which the
 * checkout's address picker uses. A product's {@link vn.ocop.catalog.api.Origin} still takes its
 * commune as free text.
 */
package vn.ocop.catalog.place;
